package org.coproduction.notifications.privacy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything notifications-service holds on one person, for their export (participants-service gathers it). */
@Schema(
        name = "NotificationsExport",
        description = "Everything notifications-service holds on one person: the mail sent or to send them, oldest "
                + "first, without bodies.")
public record NotificationsExport(
        @Schema(required = true, description = "Their deliveries, oldest first; empty when there are none")
        List<ExportedDelivery> deliveries) {}
