package org.coproduction.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.participants.api.BenefitsCheckRequest;
import org.coproduction.participants.api.BenefitsLimitRequest;
import org.coproduction.participants.api.BenefitsLimitResponse;
import org.coproduction.participants.domain.AuditPart;
import org.coproduction.participants.domain.BenefitsLimit;
import org.coproduction.participants.domain.BenefitsLimitRules;
import org.coproduction.participants.domain.BenefitsSchedule;
import org.coproduction.participants.domain.Participant;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.problem.StaleVersionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * A person's private benefits limit: read, set and forgotten by the person or a coordinator (every read and change
 * audited as BENEFITS), and checked for other services, which hear only yes or no.
 */
@ApplicationScoped
public class BenefitsService {

    private final BenefitsValidator validator;
    private final AuditLog audit;
    private final CurrentActor actor;

    public BenefitsService(BenefitsValidator validator, AuditLog audit, CurrentActor actor) {
        this.validator = validator;
        this.audit = audit;
        this.actor = actor;
    }

    @Transactional
    public BenefitsLimitResponse get(UUID id, Caller caller) {
        caller.ensureMayAccess(id);
        ensureRegistered(id);
        audit.read(id, AuditPart.BENEFITS, actor.get());
        return BenefitsLimitMapper.toResponse(BenefitsLimit.findById(id));
    }

    @Transactional
    public BenefitsLimitResponse set(UUID id, BenefitsLimitRequest request, Optional<Long> ifMatch, Caller caller) {
        caller.ensureMayAccess(id);
        ensureRegistered(id);
        BenefitsLimit stored = BenefitsLimit.findById(id);
        long current = BenefitsLimitMapper.visibleVersion(stored);
        if (ifMatch.isPresent() && ifMatch.get() != current) {
            throw new StaleVersionException(current);
        }
        BenefitsValidator.Accepted accepted = validator.limit(request);
        if (stored != null && same(stored, accepted)) {
            return BenefitsLimitMapper.toResponse(stored);
        }
        BenefitsLimit limit = stored;
        if (limit == null) {
            limit = new BenefitsLimit();
            limit.participantId = id;
        }
        limit.paymentsMayAffectBenefits = accepted.paymentsMayAffectBenefits();
        limit.limitAmount = accepted.limit();
        BenefitsSchedule schedule = accepted.schedule();
        limit.period = schedule == null ? null : schedule.period();
        limit.weekStartsOn = schedule == null ? null : schedule.weekStartsOn();
        limit.monthStartsOn = schedule == null ? null : schedule.monthStartsOn();
        limit.notes = accepted.notes();
        limit.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (stored == null) {
            limit.persist();
        }
        flush(ifMatch.isPresent());
        audit.changed(id, AuditPart.BENEFITS, actor.get());
        return BenefitsLimitMapper.toResponse(limit);
    }

    /** Forgets the limit; forgetting one that is not there changes nothing. */
    @Transactional
    public void forget(UUID id, Caller caller) {
        caller.ensureMayAccess(id);
        ensureRegistered(id);
        if (BenefitsLimit.deleteById(id)) {
            audit.changed(id, AuditPart.BENEFITS, actor.get());
        }
    }

    /**
     * Whether paying the proposed amount would take the person over their limit. Audited as a read of BENEFITS by the
     * caller, so the person can see who asked; the answer carries nothing but yes or no.
     */
    @Transactional
    public boolean crossesLimit(UUID id, BenefitsCheckRequest request) {
        BenefitsValidator.Check check = validator.check(request);
        ensureRegistered(id);
        audit.read(id, AuditPart.BENEFITS, actor.get());
        BenefitsLimit stored = BenefitsLimit.findById(id);
        if (stored == null || stored.limitAmount == null) {
            return false;
        }
        return BenefitsLimitRules.crosses(stored.limitAmount, stored.schedule(), check.proposed(), check.earlier());
    }

    /** The person's limit for their export; null when they set none. */
    public BenefitsLimitResponse export(UUID id) {
        BenefitsLimit stored = BenefitsLimit.findById(id);
        if (stored == null) {
            return null;
        }
        audit.read(id, AuditPart.BENEFITS, actor.get());
        return BenefitsLimitMapper.toResponse(stored);
    }

    private static boolean same(BenefitsLimit stored, BenefitsValidator.Accepted accepted) {
        BenefitsSchedule schedule = accepted.schedule();
        return stored.paymentsMayAffectBenefits == accepted.paymentsMayAffectBenefits()
                && (stored.limitAmount == null
                        ? accepted.limit() == null
                        : accepted.limit() != null && stored.limitAmount.compareTo(accepted.limit()) == 0)
                && Objects.equals(stored.period == null ? null : stored.schedule(), schedule)
                && Objects.equals(stored.notes, accepted.notes());
    }

    private static void ensureRegistered(UUID id) {
        if (Participant.count("id", id) == 0) {
            throw new ParticipantNotFoundException(id);
        }
    }

    /**
     * Surfaces a clash inside the transaction: two first saves at once meet on the primary key, two changes on the
     * version. With If-Match it is a failed precondition; without, a conflict.
     */
    private static void flush(boolean ifMatchGiven) {
        try {
            BenefitsLimit.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                boolean firstSavedTwice = t instanceof ConstraintViolationException c
                        && "benefits_limit_pkey".equals(c.getConstraintName());
                if (firstSavedTwice || t instanceof OptimisticLockException || t instanceof StaleStateException) {
                    throw new ProblemException(
                            ifMatchGiven ? ProblemType.PRECONDITION_FAILED : ProblemType.CONFLICT,
                            "Someone else changed this benefits limit at the same moment; read it again and retry.");
                }
            }
            throw e;
        }
    }
}
