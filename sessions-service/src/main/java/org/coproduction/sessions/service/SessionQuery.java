package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.sessions.domain.Session;

/**
 * The session list: one query for a page and, when the page alone cannot tell, one count, both built from the same
 * filters so the total always matches the items. Who may ask for what is decided by the caller, not here.
 */
@ApplicationScoped
public class SessionQuery {
    private final EntityManager em;

    public SessionQuery(EntityManager em) {
        this.em = em;
    }

    /**
     * Filters that may each be left out (null).
     *
     * @param from sessions starting at or after this
     * @param to   sessions starting before this
     */
    public record Filter(UUID projectId, UUID participantId, Instant from, Instant to) {}

    /** One page of sessions, in start order, and how many match in all. */
    public record Found(List<Session> sessions, long total) {}

    public Found find(Filter filter, PageRequest paging) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.projectId() != null) {
            where.append(" and s.project.id = :project");
            params.put("project", filter.projectId());
        }
        if (filter.participantId() != null) {
            // "exists" over the session's own invitees, which PostgreSQL runs as a semi-join on the invitee index;
            // "member of" became "? in (subquery)", a subplan run once per session row: 1,467 buffers for a person in
            // 5 of 250 sessions against 26 now, and the count and each collection's subselect repeated it.
            where.append(" and exists (select i from s.invitees i where i = :participant)");
            params.put("participant", filter.participantId());
        }
        if (filter.from() != null) {
            where.append(" and s.start >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and s.start < :to");
            params.put("to", filter.to());
        }
        TypedQuery<Long> count = em.createQuery("select count(s) from Session s" + where, Long.class);
        // Venue and project come in the same query: every item of the page shows them.
        TypedQuery<Session> page = em.createQuery(
                "select s from Session s left join fetch s.venue join fetch s.project" + where
                        + " order by s.start, s.id",
                Session.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        List<Session> sessions = page.setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        // A page that is not full tells the total by itself (the common case: a person's few sessions), so the
        // count runs only when more may follow or the page is past the end.
        boolean complete = sessions.size() < paging.size() && (!sessions.isEmpty() || paging.offset() == 0);
        return new Found(sessions, complete ? (long) paging.offset() + sessions.size() : count.getSingleResult());
    }
}
