package org.coproduction.sessions.domain.standards;

import java.util.List;
import org.coproduction.sessions.domain.access.AttendeeNeeds;
import org.coproduction.sessions.domain.access.Provision;

/**
 * An ended session's access as the standards see it: what its venue alone offered (format and features), what it
 * offered with the arrangements made before it (interpreters booked, copies, captions, breaks, a quiet space), and the
 * needs of the people expected.
 */
public record SessionAccess(Provision venueOnly, Provision withArrangements, List<AttendeeNeeds> expected) {
    public SessionAccess {
        expected = List.copyOf(expected);
    }
}
