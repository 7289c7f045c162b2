package org.coproduction.sessions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;
import org.coproduction.platform.json.ClientJson;
import org.coproduction.platform.tracing.TraceContexts;
import org.coproduction.sessions.domain.FollowUpFacts;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.domain.SessionFacts;
import org.coproduction.sessions.domain.engagement.EngagementFacts;

/**
 * Records a notice for notifications-service in the caller's transaction: it is committed together with
 * the change it announces (or not at all), and {@link OutboxDispatcher} delivers it.
 */
@ApplicationScoped
public class NoticeOutbox {
    private final Event<NoticeQueued> queued;

    public NoticeOutbox(Event<NoticeQueued> queued) {
        this.queued = queued;
    }

    /**
     * Queues a session notice: the facts as they now are, those just before a change ({@code previous}, else null)
     * and a cancellation's reason (else null).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxNotice enqueue(
            NoticeKind kind,
            Collection<UUID> recipients,
            UUID sessionId,
            SessionFacts session,
            SessionFacts previous,
            String reason) {
        OutboxNotice notice = new OutboxNotice();
        notice.kind = kind;
        notice.recipients.addAll(recipients);
        notice.sessionId = sessionId;
        notice.sessionFacts = write(session);
        notice.previousFacts = write(previous);
        notice.reason = reason;
        notice.traceparent = TraceContexts.currentTraceparent();
        notice.persist();
        queued.fire(new NoticeQueued(notice.id));
        return notice;
    }

    /** Queues the offer of a follow-up to one attendee of a sensitive session. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxNotice enqueueFollowUpOffer(
            UUID participantId, UUID sessionId, SessionFacts session, FollowUpFacts followUp) {
        OutboxNotice notice = new OutboxNotice();
        notice.kind = NoticeKind.FOLLOW_UP_OFFER;
        notice.recipients.add(participantId);
        notice.sessionId = sessionId;
        notice.sessionFacts = write(session);
        notice.followUpFacts = write(followUp);
        notice.traceparent = TraceContexts.currentTraceparent();
        notice.persist();
        queued.fire(new NoticeQueued(notice.id));
        return notice;
    }

    /** Queues a project's engagement summary to its coordinators. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxNotice enqueueEngagementSummary(Collection<UUID> coordinators, EngagementFacts facts) {
        OutboxNotice notice = new OutboxNotice();
        notice.kind = NoticeKind.ENGAGEMENT_SUMMARY;
        notice.recipients.addAll(coordinators);
        notice.engagementFacts = write(facts);
        notice.traceparent = TraceContexts.currentTraceparent();
        notice.persist();
        queued.fire(new NoticeQueued(notice.id));
        return notice;
    }

    /** Queues a check-in to one person who seems to be drifting away (no facts: it asks nothing of them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxNotice enqueueCheckIn(UUID participantId) {
        OutboxNotice notice = new OutboxNotice();
        notice.kind = NoticeKind.CHECK_IN;
        notice.recipients.add(participantId);
        notice.traceparent = TraceContexts.currentTraceparent();
        notice.persist();
        queued.fire(new NoticeQueued(notice.id));
        return notice;
    }

    static String write(Object facts) {
        if (facts == null) {
            return null;
        }
        try {
            return ClientJson.mapper().writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice facts cannot be written as JSON", e);
        }
    }

    static SessionFacts read(String json) {
        return read(json, SessionFacts.class);
    }

    static FollowUpFacts readFollowUp(String json) {
        return read(json, FollowUpFacts.class);
    }

    static EngagementFacts readEngagement(String json) {
        return read(json, EngagementFacts.class);
    }

    private static <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return ClientJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notice facts cannot be read", e);
        }
    }
}
