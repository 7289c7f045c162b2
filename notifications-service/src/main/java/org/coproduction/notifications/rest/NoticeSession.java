package org.coproduction.notifications.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coproduction.notifications.notice.write.SessionDetails;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The session a notice is about, as it is now (or, as "previous", just before a change). */
@Schema(
        name = "NoticeSession",
        description = "A session's facts: notifications-service writes the notice from them in each reader's language"
                + " and time zone")
public record NoticeSession(
        @Schema(required = true, example = "Listening to what went wrong") @NotBlank @Size(max = 200)
        String title,

        @Schema(example = "Crisis line redesign") @Size(max = 200)
        String projectName,

        @Schema(example = "To hear what went wrong when people called the crisis line.") @Size(max = 2000) @MultiLine
        String purpose,

        @Schema(example = "WORKSHOP") @Size(max = 40) @Pattern(regexp = "[A-Z_]*")
        String type,

        @Schema(example = "IN_PERSON", description = "IN_PERSON, ONLINE or HYBRID")
        @Size(max = 40)
        @Pattern(regexp = "[A-Z_]*")
        String format,

        @Schema(required = true, example = "2026-12-14T18:00:00Z") @NotNull
        Instant start,

        @Schema(required = true, example = "2026-12-14T20:00:00Z", description = "After start") @NotNull
        Instant end,

        @Schema(required = true, example = "Europe/London", description = "The session's own IANA time zone")
        @NotBlank
        @Size(max = 60)
        String timeZone,

        @Valid NoticeVenue venue,

        @Schema(example = "https://meet.example.org/crisis-line") @Size(max = 2000) @Pattern(regexp = "https?://\\S+")
        String joiningLink,

        @Schema(example = "3", description = "The calendar entry's SEQUENCE") @Min(0)
        Integer sequence) {

    @Schema(name = "NoticeVenue", description = "Where the session takes place")
    public record NoticeVenue(
            @Schema(required = true, example = "Community Hall") @NotBlank @Size(max = 200)
            String name,

            @Schema(example = "1 High Street, Leeds LS1 4AB") @Size(max = 500)
            String address) {}

    SessionDetails details() {
        return new SessionDetails(
                title,
                projectName,
                purpose,
                type,
                format,
                start,
                end,
                timeZone,
                venue == null ? null : new SessionDetails.Venue(venue.name(), venue.address()),
                joiningLink,
                sequence);
    }
}
