package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.VenueFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What each person's digest needs (shape fixed in docs/CONTRACTS.md)")
public record AgendaResponse(
        @Schema(description = "One item per distinct id asked for, in that order")
        List<Item> items) {
    static final String ID = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f";
    static final String PERSON = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11";
    static final String AT = "2027-03-29T17:00:00Z";

    @Schema(name = "AgendaItem")
    public record Item(
            @Schema(description = "The participant", example = PERSON)
            UUID participantId,

            @Schema(description = "SCHEDULED sessions they are invited to that start after now, soonest first")
            List<Upcoming> upcomingSessions,

            @Schema(description = "Summaries recorded since `since` of sessions they were invited to")
            List<Summary> summaries,

            @Schema(description = "Actions they own that are not done, soonest due first")
            List<OpenAction> openActions,

            @Schema(description = "Updates posted since `since` in their projects")
            List<Update> projectUpdates,

            Contributions contributions) {}

    @Schema(name = "AgendaUpcomingSession", description = "A scheduled session the person is invited to")
    public record Upcoming(
            @Schema(example = ID) UUID sessionId,
            @Schema(example = ID) UUID projectId,
            @Schema(example = "Redesigning the crisis line") String projectName,

            @Schema(example = "Planning the spring workshops")
            String title,

            @Schema(example = "Agree dates and topics") String purpose,
            SessionType type,
            SessionFormat format,
            @Schema(example = AT) Instant start,
            @Schema(example = "2027-03-29T18:30:00Z") Instant end,
            @Schema(example = "Europe/London") String timeZone,
            SessionStatus status,

            @Schema(description = "Null for an online session without a venue")
            Venue venue,

            @Schema(example = "https://meet.example.org/crisis-line")
            String joiningLink,

            ArrangementsDto arrangements) {}

    @Schema(name = "AgendaVenue")
    public record Venue(
            @Schema(example = "Community Hub, Room 2") String name,

            @Schema(example = "12 High Street, Leeds LS1 4AB")
            String address,

            VenueFormat format) {}

    @Schema(
            name = "AgendaSummary",
            description = "A summary recorded since `since` of a session the person was invited to")
    public record Summary(
            @Schema(example = ID) UUID sessionId,
            @Schema(example = "Redesigning the crisis line") String projectName,

            @Schema(example = "Planning the spring workshops")
            String title,

            @Schema(example = AT) Instant start,
            @Schema(example = "Europe/London") String timeZone,

            @Schema(example = "We agreed the topics for the spring workshops.")
            String summary,

            @Schema(example = "[\"Workshops on Mondays at 18:00\"]")
            List<String> decisions,

            List<Action> actions) {}

    @Schema(name = "AgendaAction")
    public record Action(
            @Schema(example = "Book the room for May") String description,
            @Schema(example = PERSON) UUID ownerId,
            @Schema(example = "2027-04-12") LocalDate due) {}

    @Schema(name = "AgendaOpenAction", description = "An action the person owns that is not done")
    public record OpenAction(
            @Schema(example = ID) UUID sessionId,

            @Schema(example = "Planning the spring workshops")
            String sessionTitle,

            @Schema(example = "Book the room for May") String description,
            @Schema(example = "2027-04-12") LocalDate due) {}

    @Schema(name = "AgendaProjectUpdate")
    public record Update(
            @Schema(example = ID) UUID projectId,
            @Schema(example = "Redesigning the crisis line") String projectName,
            @Schema(example = "New room booked") String title,

            @Schema(example = "We found a room with step-free access near the station.")
            String body,

            @Schema(example = AT) Instant postedAt) {}

    @Schema(name = "AgendaContributions", description = "Sessions attended since `since` and their hours")
    public record Contributions(
            @Schema(example = "2") long sessionsAttended,
            @Schema(example = "3.5") BigDecimal hours) {}
}
