package org.coproduction.notifications.delivery.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the delivery log as ops see it (no content: bodies are never exposed or logged). */
@Schema(
        name = "Delivery",
        description = "One delivery: a digest for one person and period, or a notice for one person.")
public record DeliveryView(
        @Schema(required = true, description = "The delivery's id", example = "9b2d0c7e-5f1a-4c3e-8d2b-1a0f9e8d7c6b")
        UUID id,

        @Schema(required = true, description = "Who it is for", example = "0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d")
        UUID participantId,

        @Schema(
                required = true,
                description = "A scheduled digest, an immediate notice, a mail confirming a new email address, a "
                        + "fresh sign-in link the person asked for, or a reminder before a session",
                enumeration = {"DIGEST", "NOTICE", "EMAIL_CONFIRMATION", "SIGN_IN_LINK", "REMINDER"},
                example = "DIGEST")
        String kind,

        @Schema(
                required = true,
                description =
                        "What it covers, unique per person: the digest period (WEEKLY:2027-03-29), "
                                + "FORCED: and the run's id for a digest sent on demand, NOTICE: and the notice's id, or "
                                + "EMAIL_CONFIRMATION: and a key of the request, SIGN_IN_LINK: and the request's own id, or REMINDER: and the session's id and start (epoch seconds)",
                example = "WEEKLY:2027-03-29")
        String period,

        @Schema(description = "The day the digest period is due; absent for notices and digests sent on demand")
        LocalDate periodDate,

        @Schema(
                required = true,
                description = "PENDING waits for its next attempt, CLAIMED is being prepared, SENDING has been handed "
                        + "to the mail server. Final: SENT (the mail server accepted it), FAILED (every attempt used "
                        + "up), REJECTED (the mail server refused it for good, such as 550 no such mailbox: tried "
                        + "once, never again unless retried by a coordinator), SKIPPED (nothing to send; lastError "
                        + "says why) and UNKNOWN (it was being sent when the service stopped, so it may or may not "
                        + "have arrived: never sent again automatically). For people who asked for post or a phone "
                        + "call: READY (a letter or call sheet is made, GET /deliveries/{id}/document), then POSTED or "
                        + "CALLED (final) when a coordinator marks it done",
                enumeration = {
                    "PENDING",
                    "CLAIMED",
                    "SENDING",
                    "SENT",
                    "FAILED",
                    "SKIPPED",
                    "REJECTED",
                    "UNKNOWN",
                    "READY",
                    "POSTED",
                    "CALLED"
                },
                example = "SENT")
        String status,

        @Schema(required = true, description = "Attempts made since it was created or last retried", example = "1")
        int attempts,

        @Schema(
                description = "Why the last attempt failed or was skipped, without any message content, address or "
                        + "subject; cleared after the retention period")
        String lastError,

        @Schema(description = "When the next attempt is due; absent once the delivery is final")
        Instant nextAttemptAt,

        @Schema(description = "When the mail server accepted it")
        Instant sentAt,

        @Schema(description = "The digest run that created it (digests only)")
        UUID runId,

        @Schema(description = "The notice it delivers (notices only)")
        UUID noticeId,

        @Schema(required = true, description = "When it was created", example = "2027-03-29T07:00:02Z")
        Instant createdAt,

        @Schema(required = true, description = "When it last changed", example = "2027-03-29T07:00:05Z")
        Instant updatedAt) {

    public static DeliveryView of(Delivery d) {
        return new DeliveryView(
                d.id,
                d.participantId,
                d.kind.name(),
                d.periodKey,
                d.periodDate,
                d.status.name(),
                d.attempts,
                d.lastError,
                d.status.isFinal() ? null : d.nextAttemptAt,
                d.sentAt,
                d.runId,
                d.noticeId,
                d.createdAt,
                d.updatedAt);
    }
}
