package org.coproduction.notifications.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.coproduction.notifications.notice.write.CareFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** MENTOR_PAIRED's facts: who mentors whom (participants-service, when a coordinator confirms the pairing). */
@Schema(name = "NoticeMentoring", description = "A mentor or buddy pairing a coordinator confirmed")
public record NoticeMentoring(
        @Schema(required = true, example = "0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d") @NotNull
        UUID menteeId,

        @Schema(required = true, example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") @NotNull
        UUID mentorId) {

    CareFacts.Mentoring facts() {
        return new CareFacts.Mentoring(menteeId, mentorId);
    }
}
