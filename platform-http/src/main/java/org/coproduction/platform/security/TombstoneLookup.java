package org.coproduction.platform.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Whether a participant was erased, read from a service's own {@code erased_participant} table (the contract every
 * service keeps: the keyed hash and {@code keep_until}). The one lookup each service's {@link ErasedSubjects} bean
 * delegates to. A "yes" is remembered until the tombstone expires (an erasure is never undone); a "no" never is, so
 * a token is refused from the moment the erasure commits. Plain JDBC: the platform's filter runs before any resource
 * and outside any transaction. It fails closed: if the table cannot be read, the caller gets an exception, not a pass.
 */
public final class TombstoneLookup {

    private static final String QUERY =
            "select keep_until from erased_participant where tombstone = ? and keep_until > ?";

    private final DataSource dataSource;
    private final TombstoneConfig config;
    private final Map<UUID, Instant> erasedUntil = new ConcurrentHashMap<>();

    public TombstoneLookup(DataSource dataSource, TombstoneConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    public boolean isErased(UUID participantId) {
        if (participantId == null) {
            return false;
        }
        Instant now = Instant.now();
        Instant known = erasedUntil.get(participantId);
        if (known != null) {
            if (known.isAfter(now)) {
                return true;
            }
            erasedUntil.remove(participantId, known);
        }
        Instant until = keptUntil(tombstone(participantId), now);
        if (until == null) {
            return false;
        }
        erasedUntil.put(participantId, until);
        return true;
    }

    /** The tombstone of this participant, as every service of the deployment computes it. */
    public String tombstone(UUID participantId) {
        return Tombstones.of(config.key(), participantId);
    }

    /** Forgets remembered answers whose tombstones have expired (a service's expiry job calls it). */
    public void forgetExpired(Instant now) {
        erasedUntil.values().removeIf(until -> !until.isAfter(now));
    }

    private Instant keptUntil(String tombstone, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, tombstone);
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getTimestamp(1).toInstant() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The erased participants could not be read", e);
        }
    }
}
