package org.coproduction.sessions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionStyle;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.TrainingTopic;
import org.coproduction.sessions.domain.VenueFormat;
import org.coproduction.sessions.domain.proposals.ProposalResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What each person's digest needs, one item per person asked for")
public record AgendaResponse(
        @Schema(required = true, description = "One item per distinct id asked for, in that order")
        List<Item> items) {
    static final String ID = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f";
    static final String PERSON = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11";
    static final String AT = "2027-03-29T17:00:00Z";
    static final String ACTION = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";

    @Schema(name = "AgendaItem", description = "What one person's digest needs")
    public record Item(
            @Schema(required = true, description = "The participant", example = PERSON)
            UUID participantId,

            @Schema(
                    required = true,
                    description = "SCHEDULED sessions they are invited to that start after now, soonest first")
            List<Upcoming> upcomingSessions,

            @Schema(required = true, description = "Summaries recorded since `since` of sessions they were invited to")
            List<Summary> summaries,

            @Schema(required = true, description = "Actions they own that are not done, soonest due first")
            List<OpenAction> openActions,

            @Schema(
                    required = true,
                    description = "Actions marked done since `since`, in sessions they were invited to or owned by "
                            + "them, most recently done first")
            List<CompletedAction> completedActions,

            @Schema(
                    required = true,
                    description = "Updates posted or corrected since `since` in their projects, never withdrawn ones")
            List<Update> projectUpdates,

            @Schema(required = true, description = "Every project they are a member of, by name")
            List<ProjectInfo> projects,

            @Schema(required = true) Contributions contributions,

            @Schema(
                    description = "The soonest upcoming training that suits their interests and preference and that "
                            + "they are not invited to; null if none, or when participants-service cannot be reached",
                    nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS)
            TrainingSuggestionDto trainingSuggestion,

            @Schema(
                    required = true,
                    description = "Proposals in their projects decided since `since`, most recently decided first")
            List<DecidedProposal> decidedProposals,

            @Schema(
                    required = true,
                    description = "OPEN proposals in their projects that they have not answered, soonest closing first")
            List<OpenProposal> openProposals) {}

    @Schema(name = "AgendaDecidedProposal", description = "A proposal decided together since `since`")
    public record DecidedProposal(
            @Schema(required = true, example = ID) UUID proposalId,
            @Schema(required = true, example = ID) UUID projectId,

            @Schema(required = true, example = "Redesigning the crisis line")
            String projectName,

            @Schema(required = true, example = "Meet on Monday evenings from May")
            String title,

            @Schema(required = true) ProposalResult result,
            @Schema(required = true, example = AT) Instant decidedAt,
            @Schema(required = true) ProposalDto.Counts counts,

            @Schema(required = true, description = "The project's members when it was decided", example = "5")
            int members) {}

    @Schema(name = "AgendaOpenProposal", description = "A proposal the person has not answered yet")
    public record OpenProposal(
            @Schema(required = true, example = ID) UUID proposalId,
            @Schema(required = true, example = ID) UUID projectId,

            @Schema(required = true, example = "Redesigning the crisis line")
            String projectName,

            @Schema(required = true, example = "Meet on Monday evenings from May")
            String title,

            @Schema(required = true, example = "2027-04-12T17:00:00Z")
            Instant closesAt) {}

    @Schema(name = "AgendaUpcomingSession", description = "A scheduled session the person is invited to")
    public record Upcoming(
            @Schema(required = true, example = ID) UUID sessionId,
            @Schema(required = true, example = ID) UUID projectId,

            @Schema(required = true, example = "Redesigning the crisis line")
            String projectName,

            @Schema(required = true, example = "Planning the spring workshops")
            String title,

            @Schema(example = "Agree dates and topics") String purpose,
            @Schema(required = true) SessionType type,
            @Schema(required = true) SessionFormat format,
            @Schema(required = true, example = AT) Instant start,

            @Schema(required = true, example = "2027-03-29T18:30:00Z")
            Instant end,

            @Schema(required = true, example = "Europe/London")
            String timeZone,

            @Schema(required = true) SessionStatus status,

            @Schema(description = "Null for an online session without a venue")
            Venue venue,

            @Schema(example = "https://meet.example.org/crisis-line")
            String joiningLink,

            @Schema(required = true) ArrangementsDto arrangements,

            @Schema(description = "Set when the session is on a sensitive topic; null otherwise", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS)
            SensitiveView sensitive,

            @Schema(required = true, description = "What a TRAINING session teaches; [] for other sessions")
            List<TrainingTopic> trainingTopics,

            @Schema(required = true, description = "Offered in a group or one to one")
            SessionStyle style,

            @Schema(description = "For a MENTORING follow-up: the sensitive session it follows up", example = ID)
            UUID followUpOf,

            @Schema(
                    description = "The person's answer to the invitation; null while they have not answered",
                    enumeration = {"COMING", "NOT_COMING"},
                    example = "COMING")
            String answer) {}

    @Schema(name = "AgendaProject", description = "A project the person is a member of")
    public record ProjectInfo(
            @Schema(required = true, example = ID) UUID projectId,

            @Schema(required = true, example = "Redesigning the crisis line")
            String name,

            @Schema(example = "Make the crisis line work for the people who call it")
            String purpose,

            @Schema(required = true, description = "Its members, at most 50")
            List<UUID> memberIds) {}

    @Schema(name = "AgendaVenue", description = "Where a session takes place")
    public record Venue(
            @Schema(required = true, example = "Community Hub, Room 2")
            String name,

            @Schema(example = "12 High Street, Leeds LS1 4AB")
            String address,

            @Schema(required = true) VenueFormat format) {}

    @Schema(
            name = "AgendaSummary",
            description = "A summary recorded since `since` of a session the person was invited to")
    public record Summary(
            @Schema(required = true, example = ID) UUID sessionId,

            @Schema(required = true, example = "Redesigning the crisis line")
            String projectName,

            @Schema(required = true, example = "Planning the spring workshops")
            String title,

            @Schema(required = true, example = AT) Instant start,

            @Schema(required = true, example = "Europe/London")
            String timeZone,

            @Schema(required = true, example = "We agreed the topics for the spring workshops.")
            String summary,

            @Schema(required = true, example = "[\"Workshops on Mondays at 18:00\"]")
            List<String> decisions,

            @Schema(required = true) List<Action> actions,

            @Schema(required = true, description = "The language the summary is written in", example = "en")
            String language,

            @Schema(required = true, description = "Its versions; decisions and actions line up by position")
            List<SummaryVersionDto> versions) {}

    @Schema(name = "AgendaAction", description = "A next step agreed in the session")
    public record Action(
            @Schema(required = true, example = ACTION) UUID id,

            @Schema(required = true, example = "Book the room for May")
            String description,

            @Schema(example = PERSON, description = "Who owns it; null once the person who owned it was erased")
            UUID ownerId,

            @Schema(example = "2027-04-12") LocalDate due,
            @Schema(required = true, example = "false") boolean done) {}

    @Schema(name = "AgendaOpenAction", description = "An action the person owns that is not done")
    public record OpenAction(
            @Schema(required = true, example = ACTION) UUID actionId,
            @Schema(required = true, example = PERSON) UUID ownerId,
            @Schema(required = true, example = ID) UUID sessionId,

            @Schema(required = true, example = "Planning the spring workshops")
            String sessionTitle,

            @Schema(required = true, example = "Book the room for May")
            String description,

            @Schema(example = "2027-04-12") LocalDate due,

            @Schema(required = true, description = "The language the description is written in", example = "en")
            String language,

            @Schema(required = true, description = "The description in the summary's versions that rewrite actions")
            List<ActionVersion> versions) {}

    @Schema(name = "AgendaActionVersion", description = "An action's description in another language or plain words")
    public record ActionVersion(
            @Schema(required = true, example = "cy") String language,
            @Schema(required = true, example = "false") boolean plain,

            @Schema(required = true, example = "Archebu'r ystafell ar gyfer mis Mai")
            String description) {}

    @Schema(
            name = "AgendaCompletedAction",
            description =
                    "An action marked done since `since`, in a session the person was invited to or owned by them")
    public record CompletedAction(
            @Schema(required = true, example = ACTION) UUID actionId,
            @Schema(required = true, example = ID) UUID sessionId,

            @Schema(required = true, example = "Planning the spring workshops")
            String sessionTitle,

            @Schema(required = true, example = "Book the room for May")
            String description,

            @Schema(example = PERSON, description = "Who owns it; null once the person who owned it was erased")
            UUID ownerId,

            @Schema(required = true, example = "2027-04-10T09:30:00Z")
            Instant doneAt,

            @Schema(required = true, description = "The language the description is written in", example = "en")
            String language,

            @Schema(required = true, description = "The description in the summary's versions that rewrite actions")
            List<ActionVersion> versions) {}

    @Schema(name = "AgendaProjectUpdate", description = "An update posted in one of the person's projects")
    public record Update(
            @Schema(required = true, example = ID) UUID updateId,
            @Schema(required = true, example = ID) UUID projectId,

            @Schema(required = true, example = "Redesigning the crisis line")
            String projectName,

            @Schema(required = true, example = "New room booked")
            String title,

            @Schema(required = true, example = "We found a room with step-free access near the station.")
            String body,

            @Schema(required = true, example = AT) Instant postedAt,

            @Schema(description = "When it was corrected; null unless corrected", example = "2027-03-30T09:00:00Z")
            Instant correctedAt,

            @Schema(required = true, description = "The language it is written in", example = "en")
            String language,

            @Schema(required = true) List<UpdateVersionDto> versions) {}

    @Schema(name = "AgendaContributions", description = "Sessions attended since `since` and their hours")
    public record Contributions(
            @Schema(required = true, example = "2") long sessionsAttended,
            @Schema(required = true, example = "3.5") BigDecimal hours,

            @Schema(required = true, description = "Each session attended that started since `since`, oldest first")
            List<Attended> attended) {}

    @Schema(name = "AgendaAttended", description = "A session the person attended")
    public record Attended(
            @Schema(required = true, example = ID) UUID sessionId,

            @Schema(required = true, example = "Listening to what went wrong")
            String title,

            @Schema(required = true, example = AT) Instant start,

            @Schema(required = true, example = "Europe/London")
            String timeZone,

            @Schema(required = true, example = "1.5") BigDecimal hours) {}
}
