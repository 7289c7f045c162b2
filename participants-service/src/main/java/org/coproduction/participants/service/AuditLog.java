package org.coproduction.participants.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.coproduction.participants.api.AuditEntryDto;
import org.coproduction.participants.config.ParticipantsConfig;
import org.coproduction.participants.domain.AuditAction;
import org.coproduction.participants.domain.AuditEntry;
import org.coproduction.participants.domain.AuditPart;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The audit of who read or changed a person's access needs, financial support, contact details or benefits limit
 * (never the values). Changes are
 * written in the transaction that makes them. Reads are queued in memory and written in batches by a scheduled flush
 * (and on a clean shutdown), so a read never waits on a write. An entry whose person was erased meanwhile is written
 * with the keyed-hash pseudonym instead of the id.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    /** Text arrays cast to the columns' types: an Instant's ISO-8601 text is a valid timestamptz. */
    private static final String INSERT = "INSERT INTO audit_entry"
            + " (participant_id, pseudonym, actor, actor_role, action, part, occurred_at)"
            + " SELECT * FROM unnest(?::text[]::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[]::timestamptz[])";

    private final ParticipantsConfig config;
    private final TombstoneConfig tombstones;
    private final EntityManager entityManager;
    private final BlockingQueue<AuditEntry> reads;
    /** A batch whose write failed, written first by the next flush; at most one batch (guarded by this). */
    private final List<AuditEntry> unwritten = new ArrayList<>();

    public AuditLog(ParticipantsConfig config, TombstoneConfig tombstones, EntityManager entityManager) {
        this.config = config;
        this.tombstones = tombstones;
        this.entityManager = entityManager;
        this.reads = new LinkedBlockingQueue<>(config.audit().queueCapacity());
    }

    /** Queues a read of the audited parts of each record; written by the next flush. */
    public void read(Collection<UUID> participantIds, Actor actor) {
        read(participantIds, AuditPart.RECORD_PARTS, actor);
    }

    /** Queues a read of one part kept apart from the record (the benefits limit). */
    public void read(UUID participantId, AuditPart part, Actor actor) {
        read(List.of(participantId), List.of(part), actor);
    }

    private void read(Collection<UUID> participantIds, List<AuditPart> parts, Actor actor) {
        Instant now = now();
        List<AuditEntry> overflow = new ArrayList<>();
        for (UUID id : participantIds) {
            for (AuditPart part : parts) {
                AuditEntry entry = entry(id, actor, AuditAction.READ, part, now);
                if (!reads.offer(entry)) {
                    overflow.add(entry);
                }
            }
        }
        if (!overflow.isEmpty()) {
            // The queue is full (the writer is far behind): never drop an entry, write these ones now.
            QuarkusTransaction.requiringNew().run(() -> write(overflow));
        }
    }

    /** Records a change, in the caller's transaction. */
    public void changed(UUID participantId, AuditPart part, Actor actor) {
        changed(participantId, List.of(part), actor);
    }

    /** Records changes to several parts, in the caller's transaction and in one statement. */
    public void changed(UUID participantId, List<AuditPart> parts, Actor actor) {
        if (parts.isEmpty()) {
            return;
        }
        Instant now = now();
        insertAll(parts.stream()
                .map(part -> entry(participantId, actor, AuditAction.CHANGE, part, now))
                .toList());
    }

    /** Writes every queued read; called on a schedule, before the audit is read, and at shutdown. */
    @Scheduled(
            every = "${participants.audit.flush-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "audit-flush")
    public synchronized void flush() {
        while (true) {
            List<AuditEntry> batch = new ArrayList<>(unwritten);
            unwritten.clear();
            reads.drainTo(batch, Math.max(0, config.audit().batchSize() - batch.size()));
            if (batch.isEmpty()) {
                return;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> write(batch));
            } catch (RuntimeException e) {
                // The database is away: keep the batch for the next flush rather than lose who read what.
                unwritten.addAll(batch);
                throw e;
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            flush();
        } catch (RuntimeException e) {
            // Only the kind of failure: never entries, which name people.
            LOG.errorf(
                    "Could not write the queued audit entries at shutdown (%s)",
                    e.getClass().getName());
        }
    }

    /** A page of one person's audit, newest first. */
    @Transactional
    public Page<AuditEntryDto> page(UUID participantId, PageRequest page) {
        flush();
        PanacheQuery<AuditEntry> found = AuditEntry.find(
                "participantId", Sort.descending("occurredAt").and("id", Sort.Direction.Descending), participantId);
        List<AuditEntryDto> items = found.range(page.offset(), page.last()).list().stream()
                .map(AuditLog::toDto)
                .toList();
        return Page.of(items, page, found.count());
    }

    /** One person's whole audit, oldest first, for their export. */
    public List<AuditEntryDto> all(UUID participantId) {
        return AuditEntry.<AuditEntry>list(
                        "participantId", Sort.ascending("occurredAt").and("id"), participantId)
                .stream()
                .map(AuditLog::toDto)
                .toList();
    }

    /** At erasure: the person's id, as the subject of entries and as the actor of their own, becomes the pseudonym. */
    public void pseudonymise(UUID participantId) {
        String pseudonym = Tombstones.of(tombstones.key(), participantId);
        AuditEntry.update("participantId = null, pseudonym = ?1 where participantId = ?2", pseudonym, participantId);
        AuditEntry.update("actor = ?1 where actor = ?2", pseudonym, participantId.toString());
    }

    /** Deletes entries older than the configured keep time; returns how many went. */
    public long deleteExpired(Instant now) {
        return AuditEntry.delete("occurredAt < ?1", now.minus(config.audit().keep()));
    }

    private void write(List<AuditEntry> entries) {
        Set<UUID> ids = new HashSet<>();
        // An entry already pseudonymised by an earlier, failed attempt has no id left to look up.
        entries.stream().filter(e -> e.participantId != null).forEach(e -> ids.add(e.participantId));
        Set<UUID> registered = new HashSet<>();
        if (!ids.isEmpty()) {
            // FOR SHARE: an erasure running now waits for this batch, then pseudonymises it with the rest.
            @SuppressWarnings("unchecked")
            List<UUID> present = entityManager
                    .createNativeQuery("SELECT id FROM participant WHERE id IN (:ids) FOR SHARE", UUID.class)
                    .setParameter("ids", ids)
                    .getResultList();
            registered.addAll(present);
        }
        for (AuditEntry entry : entries) {
            if (entry.participantId != null && !registered.contains(entry.participantId)) {
                String pseudonym = Tombstones.of(tombstones.key(), entry.participantId);
                if (entry.actor.equals(entry.participantId.toString())) {
                    entry.actor = pseudonym;
                }
                entry.pseudonym = pseudonym;
                entry.participantId = null;
            }
        }
        insertAll(entries);
    }

    /**
     * Writes the entries with one INSERT from arrays, in the current transaction: one statement and one round trip
     * whatever the batch size (the bigserial id rules out Hibernate's JDBC batching, so persisting each entry cost a
     * round trip apiece, four per audited read).
     */
    private void insertAll(List<AuditEntry> entries) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setArray(1, texts(connection, entries, e -> e.participantId));
                insert.setArray(2, texts(connection, entries, e -> e.pseudonym));
                insert.setArray(3, texts(connection, entries, e -> e.actor));
                insert.setArray(4, texts(connection, entries, e -> e.actorRole));
                insert.setArray(5, texts(connection, entries, e -> e.action.name()));
                insert.setArray(6, texts(connection, entries, e -> e.part.name()));
                insert.setArray(7, texts(connection, entries, e -> e.occurredAt));
                insert.executeUpdate();
            }
        });
    }

    private static Array texts(Connection connection, List<AuditEntry> entries, Function<AuditEntry, Object> column)
            throws SQLException {
        String[] values = new String[entries.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = column.apply(entries.get(i));
            values[i] = value == null ? null : value.toString();
        }
        return connection.createArrayOf("varchar", values);
    }

    private static AuditEntry entry(UUID participantId, Actor actor, AuditAction action, AuditPart part, Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.participantId = participantId;
        entry.actor = actor.subject();
        entry.actorRole = actor.role();
        entry.action = action;
        entry.part = part;
        entry.occurredAt = at;
        return entry;
    }

    private static AuditEntryDto toDto(AuditEntry e) {
        return new AuditEntryDto(e.participantId, e.actor, e.actorRole, e.action.name(), e.part.name(), e.occurredAt);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
