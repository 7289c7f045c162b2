package org.coproduction.participants.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's private note that payments for time may affect their benefits, and the limit they want to stay under.
 * Kept apart from the participant's row so that no read of the record (list, lookup) can carry it; deleted with the
 * row on erasure. Only {@code participants-service} ever sees the limit: sessions-service asks yes or no.
 */
@Entity
@Table(name = "benefits_limit")
public class BenefitsLimit extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "payments_may_affect_benefits")
    public boolean paymentsMayAffectBenefits;

    /** Null when the person set none; then {@code period} is null too. */
    @Column(name = "limit_amount", precision = 8, scale = 2)
    public BigDecimal limitAmount;

    @Enumerated(EnumType.STRING)
    public BenefitsPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "week_starts_on")
    public DayOfWeek weekStartsOn;

    @Column(name = "month_starts_on")
    public Integer monthStartsOn;

    public String notes;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The period the limit applies to; only when there is a limit. */
    public BenefitsSchedule schedule() {
        return new BenefitsSchedule(period, weekStartsOn, monthStartsOn);
    }
}
