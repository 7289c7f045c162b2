package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.OutboxNotice;

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

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxNotice enqueue(
            NoticeKind kind, Collection<UUID> recipients, String subject, String body, UUID sessionId) {
        OutboxNotice notice = new OutboxNotice();
        notice.kind = kind;
        notice.recipients.addAll(recipients);
        notice.subject = subject;
        notice.body = body;
        notice.sessionId = sessionId;
        notice.persist();
        queued.fire(new NoticeQueued(notice.id));
        return notice;
    }
}
