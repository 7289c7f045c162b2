package org.coproduction.participants.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.platform.security.ErasedSubjects;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.TombstoneLookup;

/**
 * This service's tombstones of erased participants (table {@code erased_participant}): the keyed hash of the id,
 * kept until the longest token could have expired. The platform's filter asks it on every request, through the
 * platform's {@link TombstoneLookup} (positive answers cached until the tombstone expires). Plain JDBC, so it works on whatever thread
 * and outside any transaction the filter runs in.
 */
@ApplicationScoped
public class TombstoneStore implements ErasedSubjects {

    private final AgroalDataSource dataSource;
    private final TombstoneConfig config;
    private final TombstoneLookup lookup;

    public TombstoneStore(AgroalDataSource dataSource, TombstoneConfig config) {
        this.dataSource = dataSource;
        this.config = config;
        this.lookup = new TombstoneLookup(dataSource, config);
    }

    @Override
    public boolean isErased(UUID participantId) {
        return lookup.isErased(participantId);
    }

    /** The tombstone's SQL parameters for an erasure: the hash and how long it is kept from {@code now}. */
    String tombstoneOf(UUID participantId) {
        return lookup.tombstone(participantId);
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
        lookup.forgetExpired(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM erased_participant WHERE keep_until <= ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete expired tombstones", e);
        }
    }
}
