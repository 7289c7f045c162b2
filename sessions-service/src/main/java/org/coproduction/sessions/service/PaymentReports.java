package org.coproduction.sessions.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.coproduction.sessions.api.OwedDto;
import org.coproduction.sessions.api.PaymentLineDto;
import org.coproduction.sessions.api.PaymentTotalsDto;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.config.CostsConfig;
import org.coproduction.sessions.domain.costs.PaidAs;
import org.coproduction.sessions.domain.payments.PaymentLine;
import org.coproduction.sessions.domain.payments.PaymentStatus;
import org.coproduction.sessions.domain.payments.PaymentsCsv;

/** What the ledger adds up to: who is owed longest, a person's year, and the finance export. */
@ApplicationScoped
public class PaymentReports {
    /** People asked for in one lookup: participants-service's batch limit is well above this. */
    static final int LOOKUP_BATCH = 500;

    private final EntityManager em;
    private final CurrentCaller caller;
    private final CostsConfig costs;
    private final ParticipantsClient participants;

    public PaymentReports(EntityManager em, CurrentCaller caller, CostsConfig costs, ParticipantsClient participants) {
        this.em = em;
        this.caller = caller;
        this.costs = costs;
        this.participants = participants;
    }

    /** Per person with CLAIMED or APPROVED lines, longest owed first. */
    @Transactional
    public Page<OwedDto> owed(UUID projectId, PageRequest paging) {
        String where = "l.status in :owed" + (projectId == null ? "" : " and l.projectId = :project");
        var count = em.createQuery("select count(distinct l.payee) from PaymentLine l where " + where, Long.class);
        var rows = em.createQuery(
                "select l.participantId, l.payee, sum(l.claimed), count(l), min(l.claimedAt) from PaymentLine l "
                        + "where " + where + " group by l.participantId, l.payee "
                        + "order by min(l.claimedAt), l.payee",
                Object[].class);
        for (var q : List.of(count, rows)) {
            q.setParameter("owed", List.of(PaymentStatus.CLAIMED, PaymentStatus.APPROVED));
            if (projectId != null) {
                q.setParameter("project", projectId);
            }
        }
        Instant now = Instant.now();
        List<OwedDto> items = rows.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList().stream()
                .map(r -> new OwedDto(
                        (UUID) r[0],
                        (String) r[1],
                        costs.currency(),
                        (BigDecimal) r[2],
                        (Long) r[3],
                        (Instant) r[4],
                        PaymentViews.OWED.owedDays((Instant) r[4], now)))
                .toList();
        return Page.of(items, paging, count.getSingleResult());
    }

    /** Paid (by paidOn) in the year, and still owed from claims made in it. The person themself or a coordinator. */
    @Transactional
    public PaymentTotalsDto totals(UUID participantId, int year) {
        if (caller.isParticipantOnly() && !participantId.equals(caller.participantId())) {
            throw new ForbiddenException();
        }
        ZoneId zone = PaymentViews.ZONE;
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<PaymentLine> lines = PaymentLine.list(
                "participantId = ?1 and ((status = ?2 and paidOn >= ?3 and paidOn < ?4) "
                        + "or (status in ?5 and claimedAt >= ?6 and claimedAt < ?7))",
                participantId,
                PaymentStatus.PAID,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1),
                List.of(PaymentStatus.CLAIMED, PaymentStatus.APPROVED),
                start,
                end);
        BigDecimal money = zero();
        BigDecimal vouchers = zero();
        BigDecimal approved = zero();
        BigDecimal claimed = zero();
        for (PaymentLine l : lines) {
            switch (l.status) {
                case PAID -> {
                    if (l.paidAs == PaidAs.VOUCHERS) {
                        vouchers = vouchers.add(l.amount());
                    } else {
                        money = money.add(l.amount());
                    }
                }
                case APPROVED -> approved = approved.add(l.amount());
                case CLAIMED -> claimed = claimed.add(l.amount());
                default -> {}
            }
        }
        return new PaymentTotalsDto(
                participantId, year, costs.currency(), money.add(vouchers), money, vouchers, approved, claimed);
    }

    /**
     * The finance export. Names come from participants-service after the lines are read (no transaction is open
     * then); when it cannot be reached the names are left empty rather than refusing finance its file.
     */
    public String csv(PaymentStatus status, UUID projectId, LocalDate from, LocalDate to) {
        List<Object[]> rows = exportRows(status, projectId, from, to);
        Set<UUID> people = new LinkedHashSet<>();
        rows.forEach(r -> {
            if (((PaymentLine) r[0]).participantId != null) {
                people.add(((PaymentLine) r[0]).participantId);
            }
        });
        Map<UUID, String> names = names(people);
        PaymentsCsv csv = new PaymentsCsv();
        for (Object[] r : rows) {
            PaymentLine l = (PaymentLine) r[0];
            Instant start = (Instant) r[1];
            ZoneId zone = Zones.parse((String) r[2]).orElse(PaymentViews.ZONE);
            List<Object> cells = new ArrayList<>();
            cells.add(l.id);
            cells.add(l.sessionId);
            cells.add(start.atZone(zone).toLocalDate());
            cells.add(r[3]);
            cells.add(l.payee);
            cells.add(l.participantId == null ? null : names.get(l.participantId));
            cells.add(l.item);
            cells.add(l.status);
            cells.add(l.currency);
            cells.add(l.amount().toPlainString());
            cells.add(l.paidAs);
            cells.add(l.paidOn);
            cells.add(l.paymentReference);
            cells.add(l.receiptReference);
            csv.row(cells);
        }
        return csv.text();
    }

    /** Read without a transaction of its own: the names are asked for afterwards, with nothing held open. */
    List<Object[]> exportRows(PaymentStatus status, UUID projectId, LocalDate from, LocalDate to) {
        StringBuilder q = new StringBuilder(
                "select l, s.start, s.timeZone, p.name from PaymentLine l, Session s join s.project p "
                        + "where s.id = l.sessionId");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            q.append(" and l.status = :status");
            params.put("status", status);
        }
        if (projectId != null) {
            q.append(" and l.projectId = :project");
            params.put("project", projectId);
        }
        // Dates are the session's day where finance works (UK): a day's sessions fall wholly in or out.
        if (from != null) {
            q.append(" and s.start >= :from");
            params.put("from", from.atStartOfDay(PaymentViews.ZONE).toInstant());
        }
        if (to != null) {
            q.append(" and s.start < :to");
            params.put("to", to.plusDays(1).atStartOfDay(PaymentViews.ZONE).toInstant());
        }
        q.append(" order by s.start, s.id, l.createdAt, l.id");
        var query = em.createQuery(q.toString(), Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private Map<UUID, String> names(Set<UUID> people) {
        Map<UUID, String> names = new HashMap<>();
        List<UUID> all = new ArrayList<>(people);
        try {
            for (int i = 0; i < all.size(); i += LOOKUP_BATCH) {
                for (ParticipantView p : participants
                        .lookup(all.subList(i, Math.min(all.size(), i + LOOKUP_BATCH)))
                        .found()
                        .values()) {
                    names.put(p.id(), Objects.requireNonNullElse(p.name(), ""));
                }
            }
        } catch (DependencyUnavailableException e) {
            // Finance still gets its file; the names column is empty, as for an erased person.
            return Map.of();
        }
        return names;
    }

    /** The person's lines, for their export: every line that names them, oldest first. */
    public List<PaymentLineDto> of(UUID participantId) {
        Instant now = Instant.now();
        return PaymentLine.<PaymentLine>list("participantId = ?1 order by createdAt, id", participantId).stream()
                .map(l -> PaymentViews.view(l, now))
                .toList();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
