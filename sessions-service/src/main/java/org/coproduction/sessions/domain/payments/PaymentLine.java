package org.coproduction.sessions.domain.payments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.costs.PaidAs;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One amount owed to one person for one thing at one session, from estimate to payment. Finance keeps the line after
 * the person is erased: it then names only the payee pseudonym.
 */
@Entity
@Table(name = "payment_line")
public class PaymentLine extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "project_id")
    public UUID projectId;

    /** Null once the person was erased. */
    @Column(name = "participant_id")
    public UUID participantId;

    public String payee;

    @Enumerated(EnumType.STRING)
    public PaymentItem item;

    /** Made from the session's estimate when attendance was recorded (at most one per session, person and item). */
    @Column(name = "from_estimate")
    public boolean fromEstimate;

    public String description;

    @Enumerated(EnumType.STRING)
    public PaymentStatus status = PaymentStatus.ESTIMATED;

    public String currency;

    public BigDecimal estimated;

    public BigDecimal claimed;

    @Column(name = "receipt_reference")
    public String receiptReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "paid_as")
    public PaidAs paidAs;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "decline_reason")
    public String declineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefits_warning")
    public BenefitsWarning benefitsWarning;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "payment_line_history", joinColumns = @JoinColumn(name = "payment_line_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<PaymentEvent> history = new ArrayList<>();

    @Version
    public long version;

    /** Moves the line on and writes the step into its history. */
    public void reach(PaymentStatus next, Instant at, UUID byParticipantId, boolean byService) {
        status = next;
        history.add(new PaymentEvent(next, at, byParticipantId, byService));
    }

    /** The amount that is owed or was paid: what was claimed, or the estimate while nothing was. */
    public BigDecimal amount() {
        return claimed != null ? claimed : estimated;
    }
}
