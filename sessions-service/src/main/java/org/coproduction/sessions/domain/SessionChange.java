package org.coproduction.sessions.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a change to a session means for its invitees: whether it moved in time, whether the place changed, who
 * must hear about it, and who is newly invited. Invitees are told only about what affects where and when they turn
 * up, not about a new title or purpose.
 *
 * @param toTell everyone invited before the change: someone taken off the list hears about it too
 * @param newcomers everyone invited by the change; they get an invitation with the details as they now are, not a
 *     change notice about a session they never heard of
 */
public record SessionChange(boolean moved, boolean placeChanged, Set<UUID> toTell, Set<UUID> newcomers) {
    public SessionChange {
        // Kept in order (earlier invitees first) so notices list recipients the same way every time.
        toTell = Collections.unmodifiableSet(new LinkedHashSet<>(toTell));
        newcomers = Collections.unmodifiableSet(new LinkedHashSet<>(newcomers));
    }

    /**
     * The parts of a session that notices are about, as they are at one moment.
     *
     * @param facts everything a notice says about the session at that moment (a change notice sends the facts from
     *     before the change as {@code previous}); null when only the comparison is wanted
     */
    public record Snapshot(
            Instant start,
            Instant end,
            String timeZone,
            SessionFormat format,
            UUID venueId,
            String joiningLink,
            Set<UUID> invitees,
            SessionFacts facts) {
        public Snapshot {
            invitees = Collections.unmodifiableSet(new LinkedHashSet<>(invitees));
        }

        public Snapshot(
                Instant start,
                Instant end,
                String timeZone,
                SessionFormat format,
                UUID venueId,
                String joiningLink,
                Set<UUID> invitees) {
            this(start, end, timeZone, format, venueId, joiningLink, invitees, null);
        }

        /** The session as it stands; its version is the calendar sequence of these facts. */
        public static Snapshot of(Session s) {
            return new Snapshot(
                    s.start,
                    s.end,
                    s.timeZone,
                    s.format,
                    s.venue == null ? null : s.venue.id,
                    s.joiningLink,
                    s.invitees,
                    SessionFacts.of(s, s.version));
        }
    }

    public static SessionChange between(Snapshot before, Snapshot after) {
        boolean moved = !Objects.equals(before.start(), after.start())
                || !Objects.equals(before.end(), after.end())
                || !Objects.equals(before.timeZone(), after.timeZone());
        boolean placeChanged = before.format() != after.format()
                || !Objects.equals(before.venueId(), after.venueId())
                || !Objects.equals(before.joiningLink(), after.joiningLink());
        Set<UUID> newcomers = new LinkedHashSet<>(after.invitees());
        newcomers.removeAll(before.invitees());
        return new SessionChange(moved, placeChanged, before.invitees(), newcomers);
    }

    /** True when invitees need a notice: they would otherwise turn up at the wrong time or place. */
    public boolean worthTelling() {
        return (moved || placeChanged) && !toTell.isEmpty();
    }
}
