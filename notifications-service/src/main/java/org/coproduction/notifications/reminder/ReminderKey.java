package org.coproduction.notifications.reminder;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The period key of a reminder: "REMINDER:<session id>:<start, epoch seconds>". With the delivery table's unique
 * (participant_id, period_key) it makes one reminder per person, session and start time, whichever instance plans
 * it; a moved session has a new start, so a new key and a new reminder.
 */
public record ReminderKey(UUID sessionId, Instant start) {

    static final String PREFIX = "REMINDER:";

    public String periodKey() {
        return PREFIX + sessionId + ":" + start.getEpochSecond();
    }

    public static Optional<ReminderKey> parse(String periodKey) {
        if (periodKey == null || !periodKey.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = periodKey.substring(PREFIX.length()).split(":");
        try {
            return Optional.of(
                    new ReminderKey(UUID.fromString(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
