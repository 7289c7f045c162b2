package org.coproduction.notifications.privacy;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.notifications.digest.unsubscribe.Unsubscribes;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.notice.CareFactsJson;
import org.coproduction.notifications.notice.write.CareFacts;

/** A person's part of their export: every delivery to them, oldest first (an unknown id has none), and when they unsubscribed from digests. */
@ApplicationScoped
public class ExportService {

    private final Unsubscribes unsubscribes;
    private final jakarta.persistence.EntityManager em;

    public ExportService(Unsubscribes unsubscribes, jakarta.persistence.EntityManager em) {
        this.unsubscribes = unsubscribes;
        this.em = em;
    }

    private List<NotificationsExport.LeftOutOfRun> leftOut(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select s.run_id, s.reason, r.created_at from run_skip s join digest_run r on r.id = s.run_id"
                                + " where s.participant_id = :id order by r.created_at, s.run_id")
                .setParameter("id", participantId)
                .getResultList();
        return rows.stream()
                .map(row -> new NotificationsExport.LeftOutOfRun((UUID) row[0], (String) row[1], instant(row[2])))
                .toList();
    }

    /** A timestamptz as the JDBC driver and Hibernate hand it back (the type differs between versions). */
    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    @Transactional
    public NotificationsExport export(UUID participantId) {
        return new NotificationsExport(
                Delivery.<Delivery>list("participantId", Sort.ascending("createdAt", "id"), participantId).stream()
                        .map(ExportedDelivery::of)
                        .toList(),
                unsubscribes.since(participantId).orElse(null),
                leftOut(participantId),
                documents(participantId),
                namedIn(participantId));
    }

    /** Notices of issue 14 to other people whose facts name this person (never those sent to them: see deliveries). */
    private List<NotificationsExport.NamedInNotice> namedIn(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, kind, created_at, care_facts from notice
                         where position(:id in care_facts) > 0 order by created_at, id""")
                .setParameter("id", participantId.toString())
                .getResultList();
        List<NotificationsExport.NamedInNotice> named = new java.util.ArrayList<>();
        for (Object[] row : rows) {
            CareFacts facts = CareFactsJson.read((String) row[3]);
            Optional<CareFacts.Person> person = facts.engagement() == null
                    ? Optional.empty()
                    : facts.engagement().people().stream()
                            .filter(p -> participantId.equals(p.participantId()))
                            .findFirst();
            if (!facts.namedPeople().contains(participantId)) {
                continue;
            }
            named.add(new NotificationsExport.NamedInNotice(
                    (UUID) row[0],
                    (String) row[1],
                    instant(row[2]),
                    person.map(p -> p.reasons().stream()
                                    .map(r -> new NotificationsExport.Reason(r.code(), r.count()))
                                    .toList())
                            .orElse(null),
                    person.map(CareFacts.Person::lastAttendedAt).orElse(null)));
        }
        return named;
    }

    private List<NotificationsExport.Document> documents(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select c.delivery_id, c.kind, d.status, c.created_at,
                               case when d.status in ('POSTED', 'CALLED') then d.sent_at end
                          from delivery_document c join delivery d on d.id = c.delivery_id
                         where c.participant_id = :id order by c.created_at, c.delivery_id""").setParameter("id", participantId).getResultList();
        return rows.stream()
                .map(row -> new NotificationsExport.Document(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        instant(row[3]),
                        row[4] == null ? null : instant(row[4])))
                .toList();
    }
}
