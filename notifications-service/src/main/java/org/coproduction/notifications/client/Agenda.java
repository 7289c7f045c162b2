package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One person's agenda from sessions-service's POST /agendas (CONTRACTS.md); unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Agenda(
        UUID participantId,
        List<UpcomingSession> upcomingSessions,
        List<Summary> summaries,
        List<OpenAction> openActions,
        List<ProjectUpdate> projectUpdates,
        Contributions contributions) {

    public static Agenda empty(UUID participantId) {
        return new Agenda(participantId, List.of(), List.of(), List.of(), List.of(), null);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UpcomingSession(
            UUID sessionId,
            String projectName,
            String title,
            String purpose,
            String type,
            String format,
            Instant start,
            Instant end,
            String timeZone,
            String status,
            Venue venue,
            String joiningLink,
            Arrangements arrangements) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Venue(String name, String address, String format) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Arrangements(
            List<String> interpretation,
            Boolean captions,
            Boolean largePrintMaterials,
            Boolean easyReadMaterials,
            Boolean breaks) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(
            UUID sessionId,
            String projectName,
            String title,
            Instant start,
            String timeZone,
            String summary,
            List<String> decisions,
            List<Action> actions) {}

    /** {@code due} is kept as text: a date or an instant, formatted for the reader when shown. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(String description, UUID ownerId, String due) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OpenAction(UUID sessionId, String sessionTitle, String description, String due) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectUpdate(UUID projectId, String projectName, String title, String body, Instant postedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contributions(int sessionsAttended, double hours) {}
}
