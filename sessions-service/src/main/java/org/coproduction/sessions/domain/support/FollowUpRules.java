package org.coproduction.sessions.domain.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.FollowUpStatus;

/**
 * When a follow-up after a sensitive session is due, when it is overdue, who is offered one and how an offer may
 * move on. An offer is made once per session and person: recording attendance again offers only newcomers.
 */
public final class FollowUpRules {
    private final Duration within;

    /** @param within how long after the session ends the follow-up should happen (positive) */
    public FollowUpRules(Duration within) {
        if (within == null || within.isNegative() || within.isZero()) {
            throw new IllegalArgumentException("a follow-up must be due some time after the session");
        }
        this.within = within;
    }

    public Instant dueBy(Instant sessionEnd) {
        return sessionEnd.plus(within);
    }

    /** Still only offered after its due time: nobody has arranged it, nor has the person said no. */
    public static boolean overdue(FollowUpStatus status, Instant dueBy, Instant now) {
        return status == FollowUpStatus.OFFERED && now.isAfter(dueBy);
    }

    /** The attendees to offer a follow-up: none unless the session is sensitive, and nobody offered one before. */
    public static Set<UUID> toOffer(boolean sensitive, Collection<UUID> attended, Collection<UUID> alreadyOffered) {
        Set<UUID> out = new LinkedHashSet<>();
        if (sensitive) {
            attended.stream().filter(p -> !alreadyOffered.contains(p)).forEach(out::add);
        }
        return out;
    }

    /** A person may decline an offer (again: no change) until it is arranged. */
    public static boolean canDecline(FollowUpStatus status) {
        return status != FollowUpStatus.ARRANGED;
    }

    /**
     * A follow-up MENTORING session arranges an offer that is open or was declined (the person changed their mind);
     * one already arranged keeps its first session.
     */
    public static boolean canArrange(FollowUpStatus status) {
        return status != FollowUpStatus.ARRANGED;
    }
}
