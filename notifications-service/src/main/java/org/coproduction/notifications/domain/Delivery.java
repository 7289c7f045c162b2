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
import java.time.LocalDate;
import java.util.UUID;

/** One message to one person: a digest for a period, or a notice. Also the unit of work that is claimed. */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryKind kind;

    @Column(name = "period_key", nullable = false)
    public String periodKey;

    @Column(name = "period_date")
    public LocalDate periodDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "last_error")
    public String lastError;

    /** The subject line as sent; cleared with the other personal parts after the retention period. */
    @Column
    public String subject;

    @Column(name = "content_since")
    public Instant contentSince;

    @Column(name = "content_until")
    public Instant contentUntil;

    @Column(name = "run_id")
    public UUID runId;

    @Column(name = "notice_id")
    public UUID noticeId;

    /** The W3C traceparent of the request that queued it (null: none was traced); its sending continues it. */
    public String traceparent;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
