package org.coproduction.sessions.rest.dto;

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
public record AgendaResponse(List<Item> items) {

    @Schema(name = "AgendaItem")
    public record Item(UUID participantId, List<Upcoming> upcomingSessions, List<Summary> summaries,
                       List<OpenAction> openActions, List<Update> projectUpdates, Contributions contributions) {
    }

    @Schema(name = "AgendaUpcomingSession", description = "A scheduled session the person is invited to")
    public record Upcoming(UUID sessionId, UUID projectId, String projectName, String title, String purpose,
                           SessionType type, SessionFormat format, Instant start, Instant end, String timeZone,
                           SessionStatus status, Venue venue, String joiningLink, ArrangementsDto arrangements) {
    }

    @Schema(name = "AgendaVenue")
    public record Venue(String name, String address, VenueFormat format) {
    }

    @Schema(name = "AgendaSummary", description = "A summary recorded since `since` of a session the person was invited to")
    public record Summary(UUID sessionId, String projectName, String title, Instant start, String timeZone,
                          String summary, List<String> decisions, List<Action> actions) {
    }

    @Schema(name = "AgendaAction")
    public record Action(String description, UUID ownerId, LocalDate due) {
    }

    @Schema(name = "AgendaOpenAction", description = "An action the person owns that is not done")
    public record OpenAction(UUID sessionId, String sessionTitle, String description, LocalDate due) {
    }

    @Schema(name = "AgendaProjectUpdate")
    public record Update(UUID projectId, String projectName, String title, String body, Instant postedAt) {
    }

    @Schema(name = "AgendaContributions", description = "Sessions attended since `since` and their hours")
    public record Contributions(@Schema(example = "2") long sessionsAttended,
                                @Schema(example = "3.5") BigDecimal hours) {
    }
}
