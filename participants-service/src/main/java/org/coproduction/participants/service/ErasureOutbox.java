package org.coproduction.participants.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduction.participants.domain.ErasureTarget;

/**
 * The outbox that carries an erasure to the other services: written in the erasure's transaction (with the
 * tombstone), taken by {@link ErasureWorker}, and deleted row by row once each target answered 204, so no trace of the
 * id is left. Taking a task leases it (pushes its next attempt out), so several replicas never call at once.
 */
@ApplicationScoped
public class ErasureOutbox {

    /** One erasure to carry to one target. */
    public record Task(UUID id, UUID participantId, ErasureTarget target, int attempts) {}

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final TombstoneStore tombstones;

    public ErasureOutbox(EntityManager entityManager, AgroalDataSource dataSource, TombstoneStore tombstones) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.tombstones = tombstones;
    }

    /** In the erasure's transaction: the tombstone, and one task per target. */
    void add(UUID participantId, Instant now) {
        entityManager
                .createNativeQuery("INSERT INTO erased_participant (tombstone, keep_until) VALUES (?1, ?2)"
                        + " ON CONFLICT (tombstone) DO UPDATE SET keep_until = excluded.keep_until")
                .setParameter(1, tombstones.tombstoneOf(participantId))
                .setParameter(2, tombstones.keepUntil(now))
                .executeUpdate();
        for (ErasureTarget target : ErasureTarget.values()) {
            entityManager
                    .createNativeQuery("INSERT INTO erasure_outbox (id, participant_id, target, attempts,"
                            + " next_attempt_at, created_at) VALUES (?1, ?2, ?3, 0, ?4, ?4)"
                            + " ON CONFLICT (participant_id, target) DO NOTHING")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, participantId)
                    .setParameter(3, target.name())
                    .setParameter(4, now)
                    .executeUpdate();
        }
    }

    /** Takes up to {@code limit} due tasks, leasing each until {@code now + lease}. */
    List<Task> take(int limit, Duration lease) {
        String sql = "UPDATE erasure_outbox SET next_attempt_at = ?, attempts = attempts + 1"
                + " WHERE id IN (SELECT id FROM erasure_outbox WHERE next_attempt_at <= ?"
                + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING id, participant_id, target, attempts";
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(now.plus(lease)));
            s.setTimestamp(2, Timestamp.from(now));
            s.setInt(3, limit);
            List<Task> tasks = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tasks.add(new Task(
                            r.getObject(1, UUID.class),
                            r.getObject(2, UUID.class),
                            ErasureTarget.valueOf(r.getString(3)),
                            r.getInt(4)));
                }
            }
            return tasks;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the erasure outbox", e);
        }
    }

    /** The target answered 204: the task, and with it the id, goes. */
    void done(Task task) {
        execute("DELETE FROM erasure_outbox WHERE id = ?", task.id(), null);
    }

    /** The target did not answer 204: try again at {@code at}. */
    void retryAt(Task task, Instant at) {
        execute("UPDATE erasure_outbox SET next_attempt_at = ? WHERE id = ?", task.id(), at);
    }

    /** How many erasures are still to be carried (for tests and monitoring). */
    public long pending() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM erasure_outbox");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the erasure outbox", e);
        }
    }

    private void execute(String sql, UUID id, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (at != null) {
                s.setTimestamp(i++, Timestamp.from(at));
            }
            s.setObject(i, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the erasure outbox", e);
        }
    }
}
