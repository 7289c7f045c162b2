package org.coproduction.notifications.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
        Integer sequence,

        @Schema(
                description = "A session on a sensitive topic: each reader is told the content note, who the "
                        + "wellbeing contact is, and that they can say they can't come without giving a reason")
        @Valid
        NoticeSensitive sensitive,

        @Schema(description = "What is arranged for everyone; only quietSpace is read (a quiet space is mentioned)")
        @Valid
        NoticeArrangements arrangements,

        @Schema(description = "A TRAINING session's topics (accepted as sessions-service sends them; not shown)")
        @Size(max = 10)
        List<@NotNull @Size(max = 60) @Pattern(regexp = "[A-Z_]+") String> trainingTopics,

        @Schema(example = "GROUP", description = "GROUP or ONE_TO_ONE (accepted; not shown)")
        @Size(max = 40)
        @Pattern(regexp = "[A-Z_]*")
        String style,

        @Schema(description = "The sensitive session a MENTORING session follows up (accepted; not shown)")
        UUID followUpOf) {

    @Schema(name = "NoticeSensitive", description = "What readers are told about a session on a sensitive topic")
    public record NoticeSensitive(
            @Schema(required = true, example = "We will talk about experiences of crisis care")
            @NotBlank
            @Size(max = 500)
            @MultiLine
            String contentNote,

            @Schema(
                    required = true,
                    description = "Named to readers by their preferred name",
                    example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a")
            @NotNull
            UUID wellbeingContactId) {}

    @Schema(
            name = "NoticeArrangements",
            description = "The session's arrangements as sessions-service sends them; quietSpace is read")
    public record NoticeArrangements(
            @Schema(description = "A quiet room or break-out space is arranged", example = "true")
            Boolean quietSpace,

            @Size(max = 10) List<@NotNull @Size(max = 35) String> interpretation,
            Boolean captions,
            Boolean largePrintMaterials,
            Boolean easyReadMaterials,
            Boolean breaks) {}

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
                sequence,
                sensitive == null
                        ? null
                        : new SessionDetails.Sensitive(sensitive.contentNote(), sensitive.wellbeingContactId()),
                arrangements == null ? null : arrangements.quietSpace());
    }
}
