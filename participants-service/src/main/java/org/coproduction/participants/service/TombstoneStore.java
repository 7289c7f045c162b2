package org.coproduction.participants.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduction.platform.security.ErasedSubjects;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;

/**
 * This service's tombstones of erased participants (table {@code erased_participant}): the keyed hash of the id,
 * kept until the longest token could have expired. The platform's filter asks it on every request; positive answers
 * are cached until the tombstone expires (an erased person stays erased). Plain JDBC, so it works on whatever thread
 * and outside any transaction the filter runs in.
 */
@ApplicationScoped
public class TombstoneStore implements ErasedSubjects {

    private final AgroalDataSource dataSource;
    private final TombstoneConfig config;
    private final Map<UUID, Instant> erased = new ConcurrentHashMap<>();

    public TombstoneStore(AgroalDataSource dataSource, TombstoneConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public boolean isErased(UUID participantId) {
        Instant now = Instant.now();
        Instant cached = erased.get(participantId);
        if (cached != null) {
            if (cached.isAfter(now)) {
                return true;
            }
            erased.remove(participantId);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT keep_until FROM erased_participant WHERE tombstone = ? AND keep_until > ?")) {
            s.setString(1, Tombstones.of(config.key(), participantId));
            s.setTimestamp(2, Timestamp.from(now));
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    erased.put(participantId, r.getTimestamp(1).toInstant());
                    return true;
                }
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the tombstones", e);
        }
    }

    /** The tombstone's SQL parameters for an erasure: the hash and how long it is kept from {@code now}. */
    String tombstoneOf(UUID participantId) {
        return Tombstones.of(config.key(), participantId);
    }

    Instant keepUntil(Instant now) {
        return now.plus(config.keep());
    }

    @Scheduled(
            every = "${participants.retention.every}",
            delayed = "${participants.retention.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "tombstone-expiry")
    void scheduledExpiry() {
        deleteExpired();
    }

    /** Deletes expired tombstones; returns how many went. */
    public int deleteExpired() {
        erased.values().removeIf(until -> !until.isAfter(Instant.now()));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM erased_participant WHERE keep_until <= ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete expired tombstones", e);
        }
    }
}
