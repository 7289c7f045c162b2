package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import javax.sql.DataSource;
import org.coproduction.platform.security.ErasedSubjects;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.TombstoneLookup;

/**
 * Whether a participant was erased, from this service's tombstones: the platform's request filter asks it for every
 * participant token and refuses an erased person's with a 401. The lookup and its cache are the platform's.
 */
@ApplicationScoped
public class ErasedParticipants implements ErasedSubjects {

    private final TombstoneLookup lookup;

    public ErasedParticipants(DataSource dataSource, TombstoneConfig tombstones) {
        this.lookup = new TombstoneLookup(dataSource, tombstones);
    }

    @Override
    public boolean isErased(UUID participantId) {
        return lookup.isErased(participantId);
    }
}
