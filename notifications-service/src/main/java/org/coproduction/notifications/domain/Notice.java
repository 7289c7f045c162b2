package org.coproduction.notifications.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An immediate message to some people; kept so that retries send exactly what was asked. */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    /** Null when the notice is written per reader from sessionDetails (issue 13). */
    public String subject;

    /** Null when the notice is written per reader from sessionDetails; otherwise the whole message. */
    public String body;

    @Column(name = "session_id")
    public UUID sessionId;

    /** The session's facts as JSON (notice/SessionDetailsJson); null for notices written by hand. */
    @Column(name = "session_details")
    public String sessionDetails;

    /** SESSION_CHANGED: the session just before the change, as JSON. */
    @Column(name = "previous_details")
    public String previousDetails;

    /** SESSION_CANCELLED: the coordinator's reason. */
    public String reason;

    /**
     * Issue 14: the facts a CHECK_IN, ENGAGEMENT_SUMMARY, FOLLOW_UP_OFFER or MENTOR_PAIRED is written from, as JSON
     * (notice/CareFactsJson); null for other notices.
     */
    @Column(name = "care_facts")
    public String careFacts;

    /** SHA-256 (hex) of what was asked, kept with the idempotency key; null for notices stored before issue 12. */
    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
