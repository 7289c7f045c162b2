package org.coproduction.participants.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.coproduction.participants.domain.SupportPreference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Support", description = "Training and mentoring the person would like.")
public record SupportDto(
        @Schema(
                description = "Training topics as upper-case words.",
                example = "[\"FACILITATION\", \"PUBLIC_SPEAKING\"]")
        @Size(max = 20)
        List<
                        @Pattern(
                                regexp = "^[A-Z][A-Z0-9_]{1,59}$",
                                message = "must be an upper-case word such as FACILITATION")
                        String>
                trainingInterests,

        @Schema(
                enumeration = {"GROUP", "ONE_TO_ONE", "NO_PREFERENCE"},
                example = "ONE_TO_ONE",
                description = "Default NO_PREFERENCE.")
        @EnumName(SupportPreference.class)
        String preference,

        @Schema(
                description =
                        "Mentor or buddy: another registered participant. Only a coordinator names or changes it; a participant sends back what they read (or asks with `wantsMentor`).",
                example = "5f0c9a8e-3c1d-4c34-9d2f-1b2a3c4d5e6f")
        UUID mentorId,

        @Schema(description = "The person asks for a mentor or buddy. Default false.", example = "true")
        Boolean wantsMentor) {

    public static SupportDto defaults() {
        return new SupportDto(List.of(), SupportPreference.NO_PREFERENCE.name(), null, false);
    }
}
