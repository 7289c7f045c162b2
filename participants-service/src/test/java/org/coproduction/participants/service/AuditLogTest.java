package org.coproduction.participants.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coproduction.participants.rest.ParticipantFixtures.register;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.coproduction.participants.support.Db;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;
import org.junit.jupiter.api.Test;

/**
 * Queued reads are written at shutdown, survive a failed write, and a read of someone erased meanwhile is written
 * under the pseudonym.
 */
@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog audit;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TombstoneConfig tombstones;

    @Test
    void queuedReadsAreWrittenOnACleanShutdown() {
        UUID id = register();
        audit.read(List.of(id), new Actor("coordinator-9", "coordinator"));
        audit.onStop(null);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_entry WHERE participant_id = ? AND actor = 'coordinator-9'",
                        id))
                .isEqualTo(3); // one per audited part: needs, money, contact details
    }

    @Test
    void aReadOfSomeoneErasedBeforeTheFlushKeepsOnlyThePseudonym() {
        UUID gone = UUID.randomUUID();
        audit.read(List.of(gone), new Actor(gone.toString(), "participant"));
        audit.flush();
        String pseudonym = Tombstones.of(tombstones.key(), gone);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_entry WHERE participant_id = ?", gone))
                .isZero();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_entry WHERE pseudonym = ? AND actor = ?",
                        pseudonym,
                        pseudonym))
                .isEqualTo(3); // one per audited part: needs, money, contact details
    }

    @Test
    void readsQueuedWhileTheAuditTableCannotBeWrittenAreWrittenByTheNextFlush() {
        UUID id = register();
        // The table away first, so no scheduled flush can write the entries before the failure is seen.
        Db.update(dataSource, "ALTER TABLE audit_entry RENAME TO audit_entry_away");
        try {
            audit.read(List.of(id), new Actor("coordinator-8", "coordinator"));
            assertThatThrownBy(audit::flush).isInstanceOf(RuntimeException.class);
        } finally {
            Db.update(dataSource, "ALTER TABLE audit_entry_away RENAME TO audit_entry");
        }
        audit.flush();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_entry WHERE participant_id = ? AND actor = 'coordinator-8'",
                        id))
                .isEqualTo(3); // nothing lost: one per audited part
    }
}
