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
import org.coproduction.platform.tracing.TraceContexts;

/**
 * Pairings a coordinator confirmed, waiting to be told to both people: written in the transaction that names the
 * mentor, taken by {@link MentorPairingWorker}, deleted once notifications-service accepted the notice. Taking a row
 * leases it (pushes its next attempt out), so several replicas never send it at once. Erasing either person deletes
 * their rows (the foreign keys cascade): nobody is told about someone who is gone.
 */
@ApplicationScoped
public class MentorPairingOutbox {

    /** One pairing to tell; its id is the notice's Idempotency-Key. */
    public record Pairing(UUID id, UUID menteeId, UUID mentorId, int attempts, String traceparent) {}

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public MentorPairingOutbox(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** In the transaction that confirms the pairing. */
    void add(UUID menteeId, UUID mentorId, Instant now) {
        entityManager
                .createNativeQuery("INSERT INTO mentor_pairing_outbox (id, mentee_id, mentor_id, attempts,"
                        + " next_attempt_at, created_at, traceparent) VALUES (?1, ?2, ?3, 0, ?4, ?4, ?5)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, menteeId)
                .setParameter(3, mentorId)
                .setParameter(4, now)
                // The confirming request's trace, which the worker's notice continues.
                .setParameter(5, TraceContexts.currentTraceparent())
                .executeUpdate();
    }

    /** Takes up to {@code limit} due pairings, leasing each until {@code now + lease}. */
    List<Pairing> take(int limit, Duration lease) {
        String sql = "UPDATE mentor_pairing_outbox SET next_attempt_at = ?, attempts = attempts + 1"
                + " WHERE id IN (SELECT id FROM mentor_pairing_outbox WHERE next_attempt_at <= ?"
                + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING id, mentee_id, mentor_id, attempts, traceparent";
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(now.plus(lease)));
            s.setTimestamp(2, Timestamp.from(now));
            s.setInt(3, limit);
            List<Pairing> pairings = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pairings.add(new Pairing(
                            r.getObject(1, UUID.class),
                            r.getObject(2, UUID.class),
                            r.getObject(3, UUID.class),
                            r.getInt(4),
                            r.getString(5)));
                }
            }
            return pairings;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the mentor pairing outbox", e);
        }
    }

    /** notifications-service accepted the notice: the row goes. */
    void done(Pairing pairing) {
        update("DELETE FROM mentor_pairing_outbox WHERE id = ?", pairing.id(), null);
    }

    /** Not accepted: try again at {@code at}. */
    void retryAt(Pairing pairing, Instant at) {
        update("UPDATE mentor_pairing_outbox SET next_attempt_at = ? WHERE id = ?", pairing.id(), at);
    }

    private void update(String sql, UUID id, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (at != null) {
                s.setTimestamp(i++, Timestamp.from(at));
            }
            s.setObject(i, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the mentor pairing outbox", e);
        }
    }
}
