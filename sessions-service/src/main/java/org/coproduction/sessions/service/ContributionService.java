package org.coproduction.sessions.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.sessions.api.Contribution;

/** Contributions per person over a date range: sessions attended and their hours, counted in SQL. */
@ApplicationScoped
public class ContributionService {
    private final EntityManager em;
    private final CurrentCaller caller;

    public ContributionService(EntityManager em, CurrentCaller caller) {
        this.em = em;
        this.caller = caller;
    }

    @SuppressWarnings("unchecked")
    public Page<Contribution> contributions(Instant from, Instant to, UUID participantId, PageRequest paging) {
        if (caller.isParticipantOnly()) {
            UUID self = caller.participantId();
            if (self == null || (participantId != null && !participantId.equals(self))) {
                throw new ForbiddenException();
            }
            participantId = self;
        }
        String where = " where s.start_at >= :from and s.start_at < :to and s.status <> 'CANCELLED'"
                + (participantId == null ? "" : " and sa.participant_id = :participant");
        String joins = " from session_attendee sa join work_session s on s.id = sa.session_id";
        Query rows = em.createNativeQuery("select sa.participant_id, count(*), "
                + "sum(extract(epoch from (s.end_at - s.start_at)))" + joins + where
                + " group by sa.participant_id order by sa.participant_id limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(distinct sa.participant_id)" + joins + where);
        for (Query q : List.of(rows, count)) {
            q.setParameter("from", from).setParameter("to", to);
            if (participantId != null) {
                q.setParameter("participant", participantId);
            }
        }
        rows.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        List<Contribution> items = ((List<Object[]>) rows.getResultList())
                .stream()
                        .map(r -> new Contribution((UUID) r[0], ((Number) r[1]).longValue(), hours((Number) r[2])))
                        .toList();
        return Page.of(items, paging, ((Number) count.getSingleResult()).longValue());
    }

    static BigDecimal hours(Number seconds) {
        return new BigDecimal(seconds.toString()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
