package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.config.CostsConfig;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.costs.CostLine;
import org.coproduction.sessions.domain.costs.PaidAs;
import org.coproduction.sessions.domain.payments.Payee;
import org.coproduction.sessions.domain.payments.PaymentItem;
import org.coproduction.sessions.domain.payments.PaymentLine;
import org.coproduction.sessions.domain.payments.PaymentStatus;

/** Writes payment lines: from a session's estimate when attendance is recorded, or one at a time by hand. */
@ApplicationScoped
public class PaymentLedger {
    private final EntityManager em;
    private final CostsConfig costs;
    private final CurrentCaller caller;

    public PaymentLedger(EntityManager em, CostsConfig costs, CurrentCaller caller) {
        this.em = em;
        this.costs = costs;
        this.caller = caller;
    }

    /**
     * The attendees' estimate lines become ESTIMATED lines, once per session, person and item; the ESTIMATED lines of
     * people no longer listed go. A line past ESTIMATED is never touched: someone has claimed or been paid it. Runs in
     * the attendance's transaction, after the session row was written (so it is locked against a second recording).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fromAttendance(Session s, List<CostLine> estimate) {
        List<PaymentLine> existing = PaymentLine.list("sessionId = ?1 and fromEstimate = true", s.id);
        Set<String> kept = new HashSet<>();
        for (PaymentLine line : existing) {
            if (line.status == PaymentStatus.ESTIMATED
                    && line.participantId != null
                    && !s.attended.contains(line.participantId)) {
                line.delete();
            } else {
                kept.add(line.participantId + "/" + line.item);
            }
        }
        Instant now = now();
        for (CostLine cost : estimate) {
            if (s.attended.contains(cost.participantId()) && kept.add(cost.participantId() + "/" + cost.item())) {
                PaymentLine line = newLine(s, cost.participantId(), PaymentItem.of(cost.item()), now);
                line.fromEstimate = true;
                line.estimated = cost.amount();
                line.paidAs = cost.paidAs();
                line.persist();
            }
        }
    }

    /** A cost met for someone (an interpreter, other), added by a coordinator. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentLine byHand(
            Session s, UUID participantId, PaymentItem item, java.math.BigDecimal amount, String description) {
        PaymentLine line = newLine(s, participantId, item, now());
        line.estimated = amount;
        line.description = description;
        line.paidAs = PaidAs.MONEY;
        line.persist();
        return line;
    }

    private PaymentLine newLine(Session s, UUID participantId, PaymentItem item, Instant now) {
        PaymentLine line = new PaymentLine();
        line.id = UUID.randomUUID();
        line.sessionId = s.id;
        line.projectId = s.project.id;
        line.participantId = participantId;
        line.payee = payeeOf(participantId);
        line.item = item;
        line.currency = costs.currency();
        line.createdAt = now;
        line.reach(PaymentStatus.ESTIMATED, now, caller.participantId(), caller.isService());
        return line;
    }

    /**
     * The person's pseudonym, made the first time they are owed anything. Inserted with "on conflict do nothing" so
     * two requests at once (or a random clash with another pseudonym) never fail: the row that won is read back.
     */
    String payeeOf(UUID participantId) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Payee known = Payee.find("participantId", participantId).firstResult();
            if (known != null) {
                return known.pseudonym;
            }
            em.createNativeQuery("insert into payee (pseudonym, participant_id) values (:pseudonym, :id) "
                            + "on conflict do nothing")
                    .setParameter("pseudonym", Payee.newPseudonym())
                    .setParameter("id", participantId)
                    .executeUpdate();
        }
        throw new IllegalStateException("no payee pseudonym could be made");
    }

    /** As the database keeps it (microseconds), so an answer reads the same before and after it is stored. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
