package org.coproduction.sessions.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A notice waiting to be handed to notifications-service. Its id is the Idempotency-Key, so a retry after
 * a lost answer never sends the notice twice.
 */
@Entity
@Table(name = "notice_outbox")
public class OutboxNotice extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    /** Only in notices stored before notices carried facts; null since. */
    public String subject;

    /** Only in notices stored before notices carried facts; null since. */
    public String body;

    /** The session as the notice describes it, as JSON ({@link SessionFacts}). */
    @Column(name = "session_facts")
    public String sessionFacts;

    /** For a change: the session just before it, as JSON ({@link SessionFacts}). */
    @Column(name = "previous_facts")
    public String previousFacts;

    /** For a follow-up offer: its facts, as JSON ({@link FollowUpFacts}). */
    @Column(name = "follow_up_facts")
    public String followUpFacts;

    /** For an engagement summary: its facts, as JSON ({@link org.coproduction.sessions.domain.engagement.EngagementFacts}). */
    @Column(name = "engagement_facts")
    public String engagementFacts;

    /** For a cancellation: the coordinator's reason. */
    public String reason;

    @Column(name = "session_id")
    public UUID sessionId;

    /** The W3C traceparent of the request that queued it (null: none was traced); the dispatch continues it. */
    public String traceparent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_recipient", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "participant_id")
    public Set<UUID> recipients = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public NoticeStatus status = NoticeStatus.PENDING;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** Status code or exception type only: never the body, which may describe people. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Version
    public long version;

    @PrePersist
    void created() {
        createdAt = Instant.now();
        if (nextAttemptAt == null) {
            nextAttemptAt = createdAt;
        }
    }
}
