package org.coproduction.notifications.rest;

import java.util.List;
import org.coproduction.notifications.delivery.record.DeliveryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Only describes the delivery log's page in the OpenAPI document under a domain name (the service answers with the
 * platform's {@code Page}, whose generic name would otherwise be a Java one).
 */
@Schema(name = "DeliveryPage", description = "A page of the delivery log, newest first.")
public record DeliveryPage(
        @Schema(required = true, description = "The deliveries on this page")
        List<DeliveryView> items,

        @Schema(required = true, description = "This page's number, from 0", example = "0", minimum = "0")
        int page,

        @Schema(required = true, description = "Items per page asked for (1 to 200)", example = "50", minimum = "1")
        int size,

        @Schema(
                required = true,
                description = "Deliveries in the whole log (after filters)",
                example = "120",
                minimum = "0")
        long total) {}
