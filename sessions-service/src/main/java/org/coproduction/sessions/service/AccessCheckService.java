package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.api.AccessCheckResponse;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.access.AccessGap;

/** Checks every invitee's access needs against the session's venue and arrangements. */
@ApplicationScoped
public class AccessCheckService {
    private final ParticipantsClient participants;
    private final SessionInsights insights;

    public AccessCheckService(ParticipantsClient participants, SessionInsights insights) {
        this.participants = participants;
        this.insights = insights;
    }

    public AccessCheckResponse check(UUID sessionId) {
        Session s = SessionService.find(sessionId);
        // People erased from participants-service come back as missing: they have no needs left to check.
        List<AccessGap> gaps = insights.gaps(s, participants.lookup(s.invitees));
        return new AccessCheckResponse(gaps.isEmpty(), SessionViews.gaps(gaps));
    }
}
