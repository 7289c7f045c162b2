package org.coproduction.sessions.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.AddPaymentRequest;
import org.coproduction.sessions.api.ApproveRequest;
import org.coproduction.sessions.api.ClaimRequest;
import org.coproduction.sessions.api.DeclineRequest;
import org.coproduction.sessions.api.PayRequest;
import org.coproduction.sessions.api.PaymentLineDto;
import org.coproduction.sessions.client.BenefitsCheckRequest;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.costs.PaidAs;
import org.coproduction.sessions.domain.payments.BenefitsWarning;
import org.coproduction.sessions.domain.payments.LedgerRules;
import org.coproduction.sessions.domain.payments.PaymentItem;
import org.coproduction.sessions.domain.payments.PaymentLine;
import org.coproduction.sessions.domain.payments.PaymentStatus;
import org.coproduction.sessions.domain.payments.PaymentStep;

/**
 * The payments ledger's steps: claim, approve (after participants-service's benefits check, asked before the
 * transaction opens), pay and decline, each idempotent when repeated, each under the line's row lock so two
 * coordinators approving at once approve it once.
 */
@ApplicationScoped
public class PaymentService {
    static final String BENEFITS_DETAIL = "Paying this in money could take this person over the limit they asked us "
            + "to keep to, which could affect their benefits. Pay it in vouchers, or approve again with "
            + "acknowledgeBenefitsWarning if they have agreed.";
    /** Earlier payments for time that can share a benefits period with this one: a month and a month. */
    static final int BENEFITS_LOOKBACK_DAYS = 62;

    static final int MAX_EARLIER = 500;

    private final EntityManager em;
    private final RequestValidator validator;
    private final CurrentCaller caller;
    private final PaymentLedger ledger;
    private final ParticipantsClient participants;

    public PaymentService(
            EntityManager em,
            RequestValidator validator,
            CurrentCaller caller,
            PaymentLedger ledger,
            ParticipantsClient participants) {
        this.em = em;
        this.validator = validator;
        this.caller = caller;
        this.ledger = ledger;
        this.participants = participants;
    }

    @Transactional
    public PaymentLineDto add(UUID sessionId, AddPaymentRequest r) {
        Session s = SessionService.find(sessionId);
        validator.check(r, errors -> {
            if (r.item() != null && !r.item().addedByHand()) {
                errors.add(new FieldError(
                        "item", "must be INTERPRETER or OTHER: the other items come from the session's estimate"));
            }
            if (r.participantId() != null && !s.invitees.contains(r.participantId())) {
                errors.add(new FieldError("participantId", "must be an invitee of this session"));
            }
        });
        String description = r.description() == null || r.description().isBlank()
                ? null
                : r.description().strip();
        return PaymentViews.view(ledger.byHand(s, r.participantId(), r.item(), r.amount(), description), Instant.now());
    }

    @Transactional
    public PaymentLineDto get(UUID id) {
        return PaymentViews.view(visible(id), Instant.now());
    }

    @Transactional
    public Page<PaymentLineDto> list(
            PaymentStatus status, UUID projectId, UUID sessionId, UUID participantId, PageRequest paging) {
        UUID person = participantId;
        if (caller.isParticipantOnly()) {
            if (person != null && !person.equals(caller.participantId())) {
                throw new ForbiddenException();
            }
            person = caller.participantId();
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        filter(where, params, "status", status);
        filter(where, params, "projectId", projectId);
        filter(where, params, "sessionId", sessionId);
        filter(where, params, "participantId", person);
        var query = PaymentLine.<PaymentLine>find(where + " order by createdAt, id", params);
        long total = query.count();
        Instant now = Instant.now();
        return Page.of(
                query.range(paging.offset(), paging.last()).list().stream()
                        .map(l -> PaymentViews.view(l, now))
                        .toList(),
                paging,
                total);
    }

    private static void filter(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    /** ESTIMATED -> CLAIMED, by the person themself or a coordinator. */
    public PaymentLineDto claim(UUID id, Long expected, ClaimRequest r) {
        validator.check(r);
        String receipt = blankToNull(r.receiptReference());
        return step(
                id,
                expected,
                PaymentStep.CLAIM,
                true,
                line -> sameAmount(line.claimed, r.amount()) && Objects.equals(line.receiptReference, receipt),
                line -> {
                    line.claimed = r.amount();
                    line.receiptReference = receipt;
                    line.claimedAt = PaymentLedger.now();
                });
    }

    /**
     * CLAIMED -> APPROVED. A payment for time in money is first put to participants-service's benefits check (the
     * claimed amount on today's date, with the person's other such payments of the last 62 days); crossing the limit
     * is a 409 suggesting vouchers unless the coordinator acknowledges the warning.
     */
    public PaymentLineDto approve(UUID id, Long expected, ApproveRequest r) {
        validator.check(r);
        boolean acknowledged = Boolean.TRUE.equals(r.acknowledgeBenefitsWarning());
        PaymentLine read = QuarkusTransaction.requiringNew().call(() -> {
            PaymentLine line = find(id);
            em.detach(line);
            return line;
        });
        PaidAs paidAs = r.paidAs() == null ? read.paidAs : r.paidAs();
        boolean repeat = LedgerRules.decide(read.status, PaymentStep.APPROVE, read.paidAs == paidAs)
                        .verdict()
                == LedgerRules.Verdict.REPEAT;
        if (!repeat) {
            // A stale If-Match is answered before participants-service is asked anything.
            Versions.check(expected, read.version);
        }
        boolean check = LedgerRules.decide(read.status, PaymentStep.APPROVE, read.paidAs == paidAs)
                                .verdict()
                        == LedgerRules.Verdict.APPLY
                && LedgerRules.needsBenefitsCheck(read.item, paidAs)
                && read.participantId != null;
        boolean crosses = false;
        if (check) {
            // Outside any transaction: participants-service may be slow or down, and nothing is held meanwhile.
            crosses = participants
                    .crossesBenefitsLimit(read.participantId, benefitsCheck(read))
                    .orElse(false);
            if (crosses && !acknowledged) {
                throw new ProblemException(
                        ProblemType.BENEFITS_LIMIT, BENEFITS_DETAIL, Map.of("suggestedPaidAs", PaidAs.VOUCHERS.name()));
            }
        }
        boolean warned = crosses;
        return step(id, expected, PaymentStep.APPROVE, false, line -> line.paidAs == paidAs, line -> {
            if (!check && LedgerRules.needsBenefitsCheck(line.item, paidAs) && line.participantId != null) {
                // The line was claimed between our first read and now: it was never checked, so ask again.
                throw new StateConflictException(
                        "This line changed while it was being approved; read it again and retry.");
            }
            line.paidAs = paidAs;
            line.approvedAt = PaymentLedger.now();
            line.benefitsWarning = warned ? BenefitsWarning.ACKNOWLEDGED : null;
        });
    }

    /** APPROVED -> PAID, by a coordinator: on a day not in the future and not before the session, as approved. */
    public PaymentLineDto pay(UUID id, Long expected, PayRequest r) {
        validator.check(r);
        String reference = blankToNull(r.reference());
        return step(
                id,
                expected,
                PaymentStep.PAY,
                false,
                line -> Objects.equals(line.paidOn, r.paidOn())
                        && line.paidAs == r.method()
                        && Objects.equals(line.paymentReference, reference),
                line -> {
                    Session s = Session.findById(line.sessionId);
                    LocalDate sessionDay = s.start.atZone(zoneOf(s)).toLocalDate();
                    LocalDate today = LocalDate.now(PaymentViews.ZONE);
                    List<FieldError> errors = new ArrayList<>();
                    if (r.paidOn().isAfter(today)) {
                        errors.add(new FieldError("paidOn", "must not be in the future"));
                    } else if (r.paidOn().isBefore(sessionDay)) {
                        errors.add(new FieldError("paidOn", "must not be before the session (" + sessionDay + ")"));
                    }
                    RequestValidator.throwIfAny(errors);
                    String otherWay = LedgerRules.payingAnotherWay(line.paidAs, r.method());
                    if (otherWay != null) {
                        throw new StateConflictException(otherWay);
                    }
                    line.paidOn = r.paidOn();
                    line.paymentReference = reference;
                });
    }

    /** ESTIMATED or CLAIMED -> DECLINED: the person does not want it, or a coordinator will not pay it. */
    public PaymentLineDto decline(UUID id, Long expected, DeclineRequest r) {
        validator.check(r);
        String reason = blankToNull(r.reason());
        return step(
                id, expected, PaymentStep.DECLINE, true, line -> Objects.equals(line.declineReason, reason), line -> {
                    line.declineReason = reason;
                });
    }

    /**
     * One step under the line's row lock: a repeat of what the line already shows answers it unchanged (even with an
     * old If-Match: it is the retry of a step that worked); a real change checks If-Match first.
     */
    private PaymentLineDto step(
            UUID id,
            Long expected,
            PaymentStep step,
            boolean personMay,
            Predicate<PaymentLine> sameContent,
            Consumer<PaymentLine> change) {
        if (!personMay && caller.isParticipantOnly()) {
            throw new ForbiddenException();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            // Row lock: a second coordinator approving at the same moment waits, then sees it APPROVED (a repeat).
            PaymentLine line = visible(em.find(PaymentLine.class, id, LockModeType.PESSIMISTIC_WRITE), id);
            LedgerRules.Decision d = LedgerRules.decide(line.status, step, sameContent.test(line));
            if (d.verdict() == LedgerRules.Verdict.REFUSE) {
                throw new StateConflictException(d.refusal());
            }
            if (d.verdict() == LedgerRules.Verdict.APPLY) {
                Versions.check(expected, line.version);
                change.accept(line);
                line.reach(step.leadsTo(), PaymentLedger.now(), caller.participantId(), caller.isService());
                em.flush();
            }
            return PaymentViews.view(line, Instant.now());
        });
    }

    /** The claimed amount today, and the person's other TIME lines in money approved or paid in the last 62 days. */
    private BenefitsCheckRequest benefitsCheck(PaymentLine line) {
        LocalDate today = LocalDate.now(PaymentViews.ZONE);
        Instant since = Instant.now().minus(java.time.Duration.ofDays(BENEFITS_LOOKBACK_DAYS));
        List<PaymentLine> earlier = QuarkusTransaction.requiringNew()
                .call(() -> PaymentLine.<PaymentLine>find(
                                "participantId = ?1 and item = ?2 and paidAs = ?3 and id <> ?4 and ("
                                        + "(status = ?5 and approvedAt >= ?6) or (status = ?7 and paidOn >= ?8)) "
                                        + "order by createdAt desc, id",
                                line.participantId,
                                PaymentItem.TIME,
                                PaidAs.MONEY,
                                line.id,
                                PaymentStatus.APPROVED,
                                since,
                                PaymentStatus.PAID,
                                today.minusDays(BENEFITS_LOOKBACK_DAYS))
                        .range(0, MAX_EARLIER - 1)
                        .list());
        return new BenefitsCheckRequest(
                new BenefitsCheckRequest.Payment(line.amount(), today),
                earlier.stream()
                        .map(l -> new BenefitsCheckRequest.Payment(
                                l.amount(),
                                l.status == PaymentStatus.PAID
                                        ? l.paidOn
                                        : l.approvedAt.atZone(PaymentViews.ZONE).toLocalDate()))
                        .toList());
    }

    /** The line, if the caller may see it: a participant only their own (403 for another's). */
    private PaymentLine visible(UUID id) {
        return visible(PaymentLine.findById(id), id);
    }

    private PaymentLine visible(PaymentLine line, UUID id) {
        if (line == null) {
            throw new UnknownResourceException("No payment line with id " + id + ".");
        }
        if (caller.isParticipantOnly()
                && (line.participantId == null || !line.participantId.equals(caller.participantId()))) {
            throw new ForbiddenException();
        }
        return line;
    }

    static PaymentLine find(UUID id) {
        PaymentLine line = PaymentLine.findById(id);
        if (line == null) {
            throw new UnknownResourceException("No payment line with id " + id + ".");
        }
        return line;
    }

    static java.time.ZoneId zoneOf(Session s) {
        return Zones.parse(s.timeZone).orElse(PaymentViews.ZONE);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
