package org.coproduction.sessions.api;

import jakarta.validation.Valid;
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
        description = "Changes to a session as a JSON merge patch (RFC 7396): fields left out stay as they are, "
                + "null clears purpose, venueId, joiningLink, sensitive (unmarks it) or followUpOf, and arrangements and sensitive merge field by field. Moving it or changing "
                + "where it is tells the invitees.")
public record UpdateSessionRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String title,

        @Size(max = 4000) @MultiLine String purpose,
        SessionType type,
        SessionFormat format,

        @Schema(description = "The venue", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID venueId,

        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link")
        String joiningLink,

        @Schema(example = "2027-04-05T17:00:00Z") Instant start,
        @Schema(example = "2027-04-05T18:30:00Z") Instant end,
        @Schema(example = "Europe/London") @RegionZoneId String timeZone,
        @Size(min = 1, max = 1000) List<@NotNull UUID> invitees,
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
