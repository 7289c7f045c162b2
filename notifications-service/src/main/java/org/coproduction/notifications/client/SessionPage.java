package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of sessions-service's GET /sessions?from=&to= (what the reminder job reads); unknown fields ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionPage(List<Session> items, int page, int size, long total) {

    public List<Session> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(
            UUID id,
            String title,
            String type,
            String status,
            Instant start,
            Instant end,
            String timeZone,
            List<UUID> invitees,
            List<Answer> answers) {

        public List<UUID> inviteesOrEmpty() {
            return invitees == null ? List.of() : invitees;
        }

        public List<Answer> answersOrEmpty() {
            return answers == null ? List.of() : answers;
        }
    }

    /** An invitee's answer: PENDING, COMING or NOT_COMING. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(UUID participantId, String answer) {}
}
