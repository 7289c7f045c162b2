package org.coproduction.sessions.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.text.MultiLine;
import org.coproduction.platform.validation.RegionZoneId;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStyle;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.TrainingTopic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A new session. IN_PERSON and HYBRID need an IN_PERSON venue; ONLINE takes an ONLINE venue "
                + "or none. MENTORING is one-to-one: exactly two invitees.")
public record CreateSessionRequest(
        @Schema(required = true) @NotNull UUID projectId,

        @Schema(required = true, example = "Planning the spring workshops") @NotBlank @Size(max = 200)
        String title,

        @Schema(example = "Agree dates and topics") @Size(max = 4000) @MultiLine
        String purpose,

        @Schema(required = true, example = "MEETING") @NotNull
        SessionType type,

        @Schema(required = true, example = "HYBRID") @NotNull
        SessionFormat format,

        @Schema(description = "A venue from POST /venues") UUID venueId,

        @Schema(description = "Where to join online", example = "https://meet.example.org/crisis-line")
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
        String joiningLink,

        @Schema(required = true, example = "2027-03-29T17:00:00Z") @NotNull
        Instant start,

        @Schema(required = true, example = "2027-03-29T18:30:00Z") @NotNull
        Instant end,

        @Schema(
                required = true,
                description = "Time zone region the session is held in (an offset such as +01:00 " + "is refused)",
                example = "Europe/London")
        @NotBlank
        @RegionZoneId
        String timeZone,

        @Schema(required = true, description = "Participant ids (1 to 1000)") @NotNull @Size(min = 1, max = 1000)
        List<@NotNull UUID> invitees,

        @Valid ArrangementsDto arrangements,

        @Schema(description = "Marks the session as on a sensitive topic; null (or left out) for an ordinary one")
        @Valid
        SensitiveDto sensitive,

        @Schema(
                description = "What a TRAINING session teaches (0 to 10 topics from the training vocabulary); only "
                        + "for type TRAINING",
                example = "[\"FACILITATION\"]")
        @Size(max = 10)
        List<@NotNull TrainingTopic> trainingTopics,

        @Schema(description = "Offered in a group (the default) or one to one", example = "GROUP")
        SessionStyle style,

        @Schema(
                description = "For a MENTORING session held as the follow-up of a sensitive session: that session; "
                        + "its invitees' follow-ups become ARRANGED",
                example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID followUpOf) {}
