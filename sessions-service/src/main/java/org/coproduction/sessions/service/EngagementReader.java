package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.coproduction.sessions.domain.engagement.InvitedSession;

/** Reads what the drift rules need from this service's own tables, each in one query. */
@ApplicationScoped
public class EngagementReader {
    private final EntityManager em;

    public EngagementReader(EntityManager em) {
        this.em = em;
    }

    /**
     * The project's sessions that have ended and were not cancelled, one row per invitation with its answer and
     * whether the invitee came, grouped by invitee. One query, whatever the number of sessions or people.
     */
    public Map<UUID, List<InvitedSession>> invitations(UUID projectId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.start_at, s.end_at, s.content_note is not null, "
                        + "s.attendance_recorded_at is not null, i.participant_id, a.answer, t.participant_id is not null "
                        + "from work_session s join session_invitee i on i.session_id = s.id "
                        + "left join session_answer a on a.session_id = s.id and a.participant_id = i.participant_id "
                        + "left join session_attendee t on t.session_id = s.id and t.participant_id = i.participant_id "
                        + "where s.project_id = :project and s.end_at <= :now and s.status <> 'CANCELLED'")
                .setParameter("project", projectId)
                .setParameter("now", now)
                .getResultList();
        Map<UUID, List<InvitedSession>> byPerson = new HashMap<>();
        for (Object[] r : rows) {
            byPerson.computeIfAbsent((UUID) r[5], k -> new java.util.ArrayList<>())
                    .add(new InvitedSession(
                            (UUID) r[0],
                            instant(r[1]),
                            instant(r[2]),
                            false,
                            (Boolean) r[3],
                            (Boolean) r[4],
                            r[6] == null ? InvitationAnswer.PENDING : InvitationAnswer.valueOf((String) r[6]),
                            (Boolean) r[7]));
        }
        return byPerson;
    }

    /** When each of these people was last sent a check-in (absent: never). */
    public Map<UUID, Instant> lastCheckIns(Collection<UUID> people) {
        Map<UUID, Instant> last = new HashMap<>();
        if (people.isEmpty()) {
            return last;
        }
        em.createQuery(
                        "select c.participantId, max(c.sentAt) from CheckIn c where c.participantId in :ids "
                                + "group by c.participantId",
                        Object[].class)
                .setParameter("ids", people)
                .getResultList()
                .forEach(r -> last.put((UUID) r[0], (Instant) r[1]));
        return last;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
