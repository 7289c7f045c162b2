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
        List<Document> documents,

        @Schema(
                required = true,
                description = "Notices to other people that name them (issue 14): a coordinators' summary listing "
                        + "them among people who might need a call, with the reasons it gave; a pairing or follow-up "
                        + "offer naming them as mentor, mentee or wellbeing contact. Oldest first; empty when none")
        List<NamedInNotice> namedInNotices) {

    /** Without documents (older callers). */
    public NotificationsExport(
            List<ExportedDelivery> deliveries, Instant unsubscribedAt, List<LeftOutOfRun> leftOutOfRuns) {
        this(deliveries, unsubscribedAt, leftOutOfRuns, List.of(), List.of());
    }

    /** A notice to others that names the person. */
    @Schema(name = "ExportedNamedInNotice", description = "A notice to other people that names the person.")
    public record NamedInNotice(
            @Schema(required = true) UUID noticeId,

            @Schema(
                    required = true,
                    enumeration = {"ENGAGEMENT_SUMMARY", "FOLLOW_UP_OFFER", "MENTOR_PAIRED"},
                    example = "ENGAGEMENT_SUMMARY")
            String kind,

            @Schema(required = true) Instant createdAt,

            @Schema(description = "ENGAGEMENT_SUMMARY: the reasons given for them, such as MISSED_SESSIONS 3")
            List<Reason> reasons,

            @Schema(description = "ENGAGEMENT_SUMMARY: when they last came, as the summary said")
            Instant lastAttendedAt) {}

    @Schema(name = "ExportedEngagementReason", description = "A reason a summary gave, and its count.")
    public record Reason(
            @Schema(required = true, example = "MISSED_SESSIONS")
            String code,

            @Schema(required = true, example = "3") int count) {}

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
