package org.coproduction.portal.signin;

import java.time.Instant;
import java.util.UUID;

/**
 * One person's signed-in visit, held in a signed cookie (the portal keeps no store of its own): who, when the link that
 * started it was issued (pages with needs or money want a fresh one), when it started, when a page was last opened, the
 * anti-forgery token every form carries, and whether participants-service has been told of the visit.
 */
public record PortalSession(
        UUID participantId,
        Instant linkIssuedAt,
        Instant startedAt,
        Instant lastSeen,
        String antiForgery,
        boolean visitRecorded) {

    /** A visit a link has just started: no page opened yet, so not recorded yet. */
    public PortalSession(
            UUID participantId, Instant linkIssuedAt, Instant startedAt, Instant lastSeen, String antiForgery) {
        this(participantId, linkIssuedAt, startedAt, lastSeen, antiForgery, false);
    }

    public PortalSession seenAt(Instant now) {
        return new PortalSession(participantId, linkIssuedAt, startedAt, now, antiForgery, visitRecorded);
    }

    public PortalSession withVisitRecorded() {
        return new PortalSession(participantId, linkIssuedAt, startedAt, lastSeen, antiForgery, true);
    }
}
