package org.coproduction.notifications.privacy;

import java.time.Instant;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One mail to the person, as their export shows it: what and when, never the body. */
@Schema(
        name = "ExportedDelivery",
        description = "One digest, notice or confirmation mail to the person: what it was and when, never its body.")
public record ExportedDelivery(
        @Schema(required = true, description = "The delivery's id", example = "9b2d0c7e-5f1a-4c3e-8d2b-1a0f9e8d7c6b")
        UUID id,

        @Schema(
                required = true,
                description = "A scheduled digest, an immediate notice, a mail confirming a new email address, a "
                        + "fresh sign-in link the person asked for, or a reminder before a session",
                enumeration = {"DIGEST", "NOTICE", "EMAIL_CONFIRMATION", "SIGN_IN_LINK", "REMINDER"},
                example = "DIGEST")
        String kind,

        @Schema(
                required = true,
                description = "What it covers: the digest period (WEEKLY:2027-03-29), FORCED: and the run's id, "
                        + "NOTICE: and the notice's id, EMAIL_CONFIRMATION: and a key of the request, SIGN_IN_LINK: "
                        + "and the request's own id, or REMINDER: and the session's id and start (epoch seconds)",
                example = "WEEKLY:2027-03-29")
        String period,

        @Schema(
                required = true,
                description =
                        "PENDING, CLAIMED or SENDING while it waits or goes; SENT, FAILED, SKIPPED, REJECTED (the "
                                + "mail server refused it for good) and UNKNOWN (in flight when the service stopped) are final",
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

        @Schema(
                description = "The subject line it was sent with; absent before it is sent and once the retention "
                        + "period has cleared it",
                example = "Your co-production update, 29 March 2027")
        String subject,

        @Schema(required = true, description = "When it was created", example = "2027-03-29T07:00:02Z")
        Instant createdAt,

        @Schema(description = "When the mail server accepted it; absent if it was not sent")
        Instant sentAt) {

    static ExportedDelivery of(Delivery d) {
        return new ExportedDelivery(
                d.id, d.kind.name(), d.periodKey, d.status.name(), d.subject, d.createdAt, d.sentAt);
    }
}
