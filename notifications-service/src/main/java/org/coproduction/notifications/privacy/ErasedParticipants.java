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
import javax.sql.DataSource;
import org.coproduction.platform.security.ErasedSubjects;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.TombstoneLookup;

/**
 * Whether a participant was erased, from this service's tombstones (keyed hashes, never ids). The platform's request
 * filter asks on every request made with a participant's token; the lookup and its cache are the platform's
 * ({@link TombstoneLookup}). This service also asks for many people at once (digest runs).
 */
@ApplicationScoped
public class ErasedParticipants implements ErasedSubjects {

    private final DataSource dataSource;
    private final TombstoneLookup lookup;

    public ErasedParticipants(DataSource dataSource, TombstoneConfig config) {
        this.dataSource = dataSource;
        this.lookup = new TombstoneLookup(dataSource, config);
    }

    @Override
    public boolean isErased(UUID participantId) {
        return lookup.isErased(participantId);
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
        return lookup.tombstone(participantId);
    }

    /** Forgets remembered answers whose tombstones have expired (called by the retention job). */
    void forgetExpired(Instant now) {
        lookup.forgetExpired(now);
    }
}
