package org.coproduction.notifications.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything notifications-service holds on one person, for their export (participants-service gathers it). */
@Schema(
        name = "NotificationsExport",
        description = "Everything notifications-service holds on one person: the mail sent or to send them, oldest "
                + "first, without bodies, and whether they unsubscribed from digests.")
public record NotificationsExport(
        @Schema(required = true, description = "Their deliveries, oldest first; empty when there are none")
        List<ExportedDelivery> deliveries,

        @Schema(
                description =
                        "When they unsubscribed from digests by a digest's one-click link; absent if they did not",
                example = "2027-03-29T19:12:00Z")
        Instant unsubscribedAt,

        @Schema(
                required = true,
                description = "Digest runs that were asked for them by name but made them no digest, and why; empty"
                        + " when there are none")
        List<LeftOutOfRun> leftOutOfRuns,

        @Schema(
                required = true,
                description = "Letters and call sheets made for them (they asked for post or a phone call), oldest"
                        + " first, without their content; empty when there are none")
        List<Document> documents) {

    /** Without documents (older callers). */
    public NotificationsExport(
            List<ExportedDelivery> deliveries, Instant unsubscribedAt, List<LeftOutOfRun> leftOutOfRuns) {
        this(deliveries, unsubscribedAt, leftOutOfRuns, List.of());
    }

    /** A letter or call sheet held for the person. */
    @Schema(name = "ExportedDocument", description = "A letter or call sheet made for the person, without its content.")
    public record Document(
            @Schema(required = true, description = "The delivery it belongs to")
            UUID deliveryId,

            @Schema(
                    required = true,
                    description = "LETTER (PDF) or CALL_SHEET (HTML)",
                    enumeration = {"LETTER", "CALL_SHEET"},
                    example = "LETTER")
            String kind,

            @Schema(required = true, description = "The delivery's status", example = "POSTED")
            String status,

            @Schema(required = true, description = "When it was made")
            Instant createdAt,

            @Schema(description = "When it was posted or the call made; absent until then")
            Instant doneAt) {}

    /** A run that left the person out, and why. */
    @Schema(name = "ExportedRunLeftOut", description = "A digest run that made the person no digest, and why.")
    public record LeftOutOfRun(
            @Schema(required = true) UUID runId,

            @Schema(required = true, example = "participant is PAUSED")
            String reason,

            @Schema(required = true) Instant runAt) {}
}
