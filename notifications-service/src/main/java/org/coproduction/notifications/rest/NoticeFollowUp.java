package org.coproduction.notifications.rest;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.notifications.notice.write.CareFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** FOLLOW_UP_OFFER's facts: after a sensitive session, whom the debrief or one-to-one is with, and until when. */
@Schema(
        name = "NoticeFollowUp",
        description = "The follow-up offered after a session on a sensitive topic: a debrief or a one-to-one with the "
                + "person's mentor or the wellbeing contact, before dueBy")
public record NoticeFollowUp(
        @Schema(required = true, example = "2026-12-21T20:00:00Z", description = "The offer is open until then")
        @NotNull
        Instant dueBy,

        @Schema(description = "Their mentor, when they have one", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        UUID mentorId,

        @Schema(required = true, example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a") @NotNull
        UUID wellbeingContactId) {

    CareFacts.FollowUp facts() {
        return new CareFacts.FollowUp(dueBy, mentorId, wellbeingContactId);
    }
}
