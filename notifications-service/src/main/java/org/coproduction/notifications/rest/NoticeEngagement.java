package org.coproduction.notifications.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.notice.write.CareFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ENGAGEMENT_SUMMARY's facts: who in a project might need a call, and why (sessions-service's weekly job). */
@Schema(
        name = "NoticeEngagement",
        description = "Who in a project might need a call, and why; each coordinator reads it in their language")
public record NoticeEngagement(
        @Schema(required = true, example = "7a1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e") @NotNull
        UUID projectId,

        @Schema(required = true, example = "Crisis line redesign") @NotBlank @Size(max = 200)
        String projectName,

        @Schema(required = true, description = "The people drifting away, 1 to 1000") @NotEmpty @Size(max = 1000)
        List<@Valid @NotNull Person> people) {

    @Schema(name = "NoticeEngagementPerson", description = "Someone who might need a call")
    public record Person(
            @Schema(required = true, example = "0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d") @NotNull
            UUID participantId,

            @Schema(required = true, description = "Why they might need a call, 1 to 4 reasons")
            @NotEmpty
            @Size(max = 4)
            List<@Valid @NotNull Reason> reasons,

            @Schema(
                    description = "When they last came to a session; absent or null: not yet",
                    example = "2026-10-12T18:00:00Z")
            Instant lastAttendedAt) {}

    @Schema(name = "NoticeEngagementReason", description = "One reason, written in the reader's words")
    public record Reason(
            @Schema(required = true, example = "MISSED_SESSIONS") @NotNull
            EngagementReason code,

            @Schema(required = true, description = "How many sessions, weeks or invitations", example = "3")
            @NotNull
            @Min(1)
            @Max(1000)
            Integer count) {}

    /** The reasons sessions-service's engagement rule gives (CONTRACTS.md, issue 14). */
    @Schema(
            name = "EngagementReason",
            description = "MISSED_SESSIONS (not at the last n sessions), NO_SESSION_FOR_WEEKS (no session for n weeks),"
                    + " DECLINED_INVITATIONS (last n declined), UNANSWERED_INVITATIONS (last n not answered)")
    public enum EngagementReason {
        MISSED_SESSIONS,
        NO_SESSION_FOR_WEEKS,
        DECLINED_INVITATIONS,
        UNANSWERED_INVITATIONS
    }

    CareFacts.Engagement facts() {
        return new CareFacts.Engagement(
                projectId,
                projectName.strip(),
                people.stream()
                        .map(p -> new CareFacts.Person(
                                p.participantId(),
                                p.reasons().stream()
                                        .map(r -> new CareFacts.Reason(r.code().name(), r.count()))
                                        .toList(),
                                p.lastAttendedAt()))
                        .toList());
    }
}
