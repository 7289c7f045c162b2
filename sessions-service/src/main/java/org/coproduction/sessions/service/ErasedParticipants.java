package org.coproduction.sessions.service;

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
import javax.sql.DataSource;
import org.coproduction.platform.security.ErasedSubjects;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;

/**
 * Whether a participant was erased, from this service's tombstones (the platform's request filter asks it for every
 * participant token, and refuses an erased person's with a 401). A "yes" is remembered until the tombstone expires,
 * so an erased person's repeated calls cost no query; a "no" is never remembered, so an erasure takes effect on the
 * very next request. Plain JDBC: it runs before any resource and needs no persistence context.
 */
@ApplicationScoped
public class ErasedParticipants implements ErasedSubjects {
    private static final String QUERY =
            "select keep_until from erased_participant where tombstone = ? and keep_until > ?";

    private final DataSource dataSource;
    private final TombstoneConfig tombstones;
    private final Map<UUID, Instant> erasedUntil = new ConcurrentHashMap<>();

    public ErasedParticipants(DataSource dataSource, TombstoneConfig tombstones) {
        this.dataSource = dataSource;
        this.tombstones = tombstones;
    }

    @Override
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
        Instant until = keptUntil(Tombstones.of(tombstones.key(), participantId), now);
        if (until == null) {
            return false;
        }
        erasedUntil.put(participantId, until);
        return true;
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
            // Fail closed: without an answer the caller cannot be told apart from an erased person.
            throw new IllegalStateException("The erased participants could not be read", e);
        }
    }
}
