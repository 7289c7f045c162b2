package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * POST /agendas as a reminder reads it: only each person's upcoming sessions, with their own answer (issue 13). Kept
 * apart from {@link Agenda} so digests and reminders can grow without touching each other.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReminderAgendas(List<Item> items) {

    public List<Item> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID participantId, List<Upcoming> upcomingSessions) {

        public List<Upcoming> upcomingOrEmpty() {
            return upcomingSessions == null ? List.of() : upcomingSessions;
        }
    }

    /** An upcoming session of the person, with the arrangements made for them and their answer (may be absent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Upcoming(
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
            Agenda.Venue venue,
            String joiningLink,
            Agenda.Arrangements arrangements,
            String answer) {}
}
