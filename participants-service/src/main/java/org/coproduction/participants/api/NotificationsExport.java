package org.coproduction.participants.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What notifications-service holds on one person, as its {@code GET /exports/{participantId}} answers. */
@Schema(name = "NotificationsExport", description = "Everything notifications-service holds on the person.")
public record NotificationsExport(
        @Schema(required = true, description = "Mails sent or to be sent to them (subjects and dates, never bodies).")
        List<Delivery> deliveries,

        @Schema(
                description =
                        "When they unsubscribed from digests by a digest's one-click link; absent if they did not.",
                example = "2027-03-29T19:12:00Z")
        Instant unsubscribedAt,

        @Schema(description = "Digest runs asked for them by name that made them no digest, and why.")
        List<LeftOutOfRun> leftOutOfRuns,

        @Schema(
                description = "Letters and call sheets made for them (they asked for post or a phone call), without"
                        + " their content.")
        List<Document> documents,

        @Schema(
                description = "Notices to other people that name them (a coordinator's summary, a mentor pairing), as"
                        + " notifications-service lists them, without their content.",
                type = SchemaType.ARRAY,
                implementation = Object.class)
        List<JsonNode> namedInNotices) {

    @Schema(name = "ExportedDocument", description = "A letter or call sheet made for the person, without its content.")
    public record Document(
            @Schema(required = true, description = "The delivery it belongs to.")
            UUID deliveryId,

            @Schema(required = true, description = "LETTER (PDF) or CALL_SHEET (HTML).", example = "LETTER")
            String kind,

            @Schema(required = true, description = "The delivery's status.", example = "POSTED")
            String status,

            @Schema(required = true, description = "When it was made.")
            Instant createdAt,

            @Schema(description = "When it was posted or the call made; absent until then.")
            Instant doneAt) {}

    @Schema(name = "ExportedRunLeftOut", description = "A digest run that made the person no digest, and why.")
    public record LeftOutOfRun(
            @Schema(required = true) UUID runId,

            @Schema(required = true, example = "participant is PAUSED")
            String reason,

            @Schema(required = true) Instant runAt) {}

    @Schema(name = "ExportedDelivery", description = "One mail to the person, without its body.")
    public record Delivery(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "DIGEST") String kind,

            @Schema(description = "The digest period it covers.", example = "2026-W48")
            String period,

            @Schema(required = true, example = "SENT") String status,

            @Schema(description = "The subject, while it is kept.", example = "Your week in co-production")
            String subject,

            @Schema(required = true) Instant createdAt,
            @Schema(description = "When it was sent.") Instant sentAt) {}
}
