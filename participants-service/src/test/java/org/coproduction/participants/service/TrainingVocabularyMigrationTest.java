package org.coproduction.participants.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V6 on records written before it, in a schema of its own: interests outside the training vocabulary move
 * to the notes (nothing anyone asked for is lost) and standing requests get the time of their last change.
 */
@QuarkusTest
class TrainingVocabularyMigrationTest {

    private static final String SCHEMA = "migration_v6_check";
    private static final Instant CHANGED = Instant.parse("2026-09-01T10:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .target(target)
                .cleanDisabled(false)
                .load();
    }

    @Test
    void wordsOutsideTheVocabularyMoveToTheNotesAndStandingRequestsGetTheTimeOfTheirLastChange() throws Exception {
        flyway("5").clean();
        flyway("5").migrate();
        UUID mixed = UUID.randomUUID();
        UUID known = UUID.randomUUID();
        UUID none = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            insert(c, mixed, new String[] {"FACILITATION", "COOKING", "GOVERNANCE", "KNITTING"}, false);
            insert(c, known, new String[] {"PEER_SUPPORT"}, true);
            insert(c, none, new String[] {}, false);
        }

        flyway("6").migrate();

        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT training_interests, training_notes, training_asked_at,"
                        + " mentor_asked_at, offers_mentoring, last_portal_visit_at FROM " + SCHEMA
                        + ".participant WHERE id = ?")) {
            try (ResultSet r = row(s, mixed)) {
                assertThat((Object[]) r.getArray(1).getArray()).containsExactly("FACILITATION", "GOVERNANCE");
                assertThat(r.getString(2)).isEqualTo("Also asked for: COOKING, KNITTING");
                assertThat(r.getTimestamp(3).toInstant()).isEqualTo(CHANGED);
                assertThat(r.getTimestamp(4)).isNull();
                assertThat(r.getBoolean(5)).isFalse();
                assertThat(r.getTimestamp(6)).isNull();
            }
            try (ResultSet r = row(s, known)) {
                assertThat((Object[]) r.getArray(1).getArray()).containsExactly("PEER_SUPPORT");
                assertThat(r.getString(2)).isNull();
                assertThat(r.getTimestamp(3).toInstant()).isEqualTo(CHANGED);
                assertThat(r.getTimestamp(4).toInstant()).isEqualTo(CHANGED);
            }
            try (ResultSet r = row(s, none)) {
                assertThat((Object[]) r.getArray(1).getArray()).isEmpty();
                assertThat(r.getString(2)).isNull();
                assertThat(r.getTimestamp(3)).isNull();
            }
        } finally {
            flyway("6").clean();
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    private static ResultSet row(PreparedStatement s, UUID id) throws Exception {
        s.setObject(1, id);
        ResultSet r = s.executeQuery();
        assertThat(r.next()).isTrue();
        return r;
    }

    private static void insert(Connection c, UUID id, String[] interests, boolean wantsMentor) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + SCHEMA + ".participant (id, name, email, role,"
                + " time_zone, status, payment_for_time, preferred_language, channel, digest_frequency, digest_day,"
                + " digest_format, training_interests, support_preference, wants_mentor, consent_given_at,"
                + " consent_version, created_at, updated_at) VALUES (?, 'Sam', ?, 'LIVED_EXPERIENCE', 'Europe/London',"
                + " 'ACTIVE', 'WANTS_PAYMENT', 'en', 'EMAIL', 'WEEKLY', 'MONDAY', 'HTML', ?, 'NO_PREFERENCE', ?, ?,"
                + " '2026-11', ?, ?)")) {
            Array words = c.createArrayOf("varchar", interests);
            Timestamp changed = Timestamp.from(CHANGED);
            s.setObject(1, id);
            s.setString(2, id + "@example.org");
            s.setArray(3, words);
            s.setBoolean(4, wantsMentor);
            s.setTimestamp(5, changed);
            s.setTimestamp(6, changed);
            s.setTimestamp(7, changed);
            s.executeUpdate();
        }
    }
}
