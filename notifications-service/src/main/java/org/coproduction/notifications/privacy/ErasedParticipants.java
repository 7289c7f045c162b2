package org.coproduction.notifications.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.coproduction.platform.security.ErasedSubjects;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;

/**
 * Whether a participant was erased, from this service's tombstones (keyed hashes, never ids). The platform's request
 * filter asks on every request made with a participant's token. A positive answer is remembered until its tombstone
 * expires (an erasure is never undone); a negative one is not, so a token is refused from the moment the erasure
 * commits.
 */
@ApplicationScoped
public class ErasedParticipants implements ErasedSubjects {

    private final DataSource dataSource;
    private final TombstoneConfig config;
    private final Map<String, Instant> known = new ConcurrentHashMap<>();

    public ErasedParticipants(DataSource dataSource, TombstoneConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public boolean isErased(UUID participantId) {
        if (participantId == null) {
            return false;
        }
        String tombstone = tombstone(participantId);
        Instant now = Instant.now();
        Instant until = known.get(tombstone);
        if (until != null && until.isAfter(now)) {
            return true;
        }
        known.remove(tombstone);
        Instant stored = keptUntil(tombstone, now);
        if (stored == null) {
            return false;
        }
        known.put(tombstone, stored);
        return true;
    }

    /**
     * Which of these people were erased, in one query: a digest run that read a page of people just before one of
     * them was erased must not write a new delivery naming them.
     */
    public Set<UUID> erasedAmong(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Set.of();
        }
        Map<String, UUID> byTombstone = new HashMap<>();
        participantIds.forEach(id -> byTombstone.put(tombstone(id), id));
        Set<UUID> erased = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select tombstone from erased_participant where tombstone = any (?) and keep_until > ?")) {
            query.setArray(
                    1, connection.createArrayOf("varchar", byTombstone.keySet().toArray()));
            query.setTimestamp(2, Timestamp.from(Instant.now()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    erased.add(byTombstone.get(row.getString(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the erased participants", e);
        }
        return erased;
    }

    /** The tombstone of this participant, as every service of the deployment computes it. */
    public String tombstone(UUID participantId) {
        return Tombstones.of(config.key(), participantId);
    }

    /** Forgets remembered answers whose tombstones have expired (called by the retention job). */
    void forgetExpired(Instant now) {
        known.values().removeIf(until -> !until.isAfter(now));
    }

    private Instant keptUntil(String tombstone, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select keep_until from erased_participant where tombstone = ? and keep_until > ?")) {
            query.setString(1, tombstone);
            query.setTimestamp(2, Timestamp.from(now));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getTimestamp(1).toInstant() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the erased participants", e);
        }
    }
}
