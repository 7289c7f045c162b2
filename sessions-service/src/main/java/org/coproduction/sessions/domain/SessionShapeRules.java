package org.coproduction.sessions.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The rules a session's times, format, venue and invitees must keep together, whether it is new or changed.
 * Plain Java so each rule is tested on its own; the service turns the answers into field errors.
 */
public final class SessionShapeRules {
    /** Longer than this is almost certainly a typo in the end time, not a session. */
    public static final Duration LONGEST_SESSION = Duration.ofHours(12);

    /** One broken rule, named by the JSON field it is about. */
    public record Violation(String field, String message) {}

    /**
     * What the rules look at; any part may be null when the request did not say (other checks report that).
     * The zone is checked where it is read, as a region id (platform-http's {@code @RegionZoneId}).
     */
    public record Shape(Instant start, Instant end, SessionType type, List<UUID> invitees) {}

    /**
     * Every rule the shape breaks, in field order.
     *
     * @param alreadyBad fields already reported (for example a missing start): not judged again, so a caller
     *                   hears one message per field
     */
    public List<Violation> check(Shape shape, Predicate<String> alreadyBad) {
        List<Violation> out = new ArrayList<>();
        if (shape.start() != null && shape.end() != null && !alreadyBad.test("start") && !alreadyBad.test("end")) {
            if (!shape.end().isAfter(shape.start())) {
                out.add(new Violation("end", "must be after start"));
            } else if (Duration.between(shape.start(), shape.end()).compareTo(LONGEST_SESSION) > 0) {
                out.add(new Violation("end", "a session may last at most 12 hours"));
            }
        }
        List<UUID> invitees = shape.invitees();
        if (invitees != null && !alreadyBad.test("invitees")) {
            if (new HashSet<>(invitees).size() != invitees.size()) {
                out.add(new Violation("invitees", "must not list anyone twice"));
            }
            if (shape.type() == SessionType.MENTORING && invitees.size() != 2) {
                out.add(new Violation("invitees", "a MENTORING session is one-to-one: invite exactly two people"));
            }
        }
        return out;
    }

    /**
     * Whether the venue suits the format: IN_PERSON and HYBRID need an IN_PERSON venue, ONLINE takes an ONLINE
     * venue or none.
     *
     * @param venue the venue's format, or null for no venue
     */
    public Optional<Violation> venueFits(SessionFormat format, VenueFormat venue) {
        if (format == SessionFormat.ONLINE) {
            return venue != null && venue != VenueFormat.ONLINE
                    ? Optional.of(new Violation("venueId", "an ONLINE session needs an ONLINE venue or none"))
                    : Optional.empty();
        }
        if (venue == null) {
            return Optional.of(new Violation("venueId", "an " + format + " session needs a venue"));
        }
        return venue != VenueFormat.IN_PERSON
                ? Optional.of(new Violation("venueId", "an " + format + " session needs an IN_PERSON venue"))
                : Optional.empty();
    }

    /** Every rule the shape breaks, judging every field. */
    public List<Violation> check(Shape shape) {
        return check(shape, field -> false);
    }
}
