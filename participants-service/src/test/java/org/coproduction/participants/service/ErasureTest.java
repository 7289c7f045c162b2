package org.coproduction.participants.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Erasure checked in the table itself, not only through the API. */
@QuarkusTest
class ErasureTest {

    private final AgroalDataSource dataSource;

    ErasureTest(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void erasureLeavesNothingPersonalInTheDatabase() throws Exception {
        Map<String, Object> body = valid();
        String email = (String) body.get("email");
        body.put("status", "PAUSED");
        body.put("pausedUntil", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        // Contact details for letters and calls are personal data too.
        String street = "Flat 2, " + email;
        body.put("postalAddress", Map.of("lines", List.of(street, "Leeds"), "postcode", "LS1 4AB"));
        // Learning and mentoring wishes, and a pairing of their own still to be told.
        String trainingNotes = "Also asked for: bookkeeping, " + email;
        group(body, "support").put("offersMentoring", true);
        group(body, "support").put("trainingNotes", trainingNotes);
        group(body, "support").put("wantsMentor", true);
        group(body, "support").put("mentorId", register().toString());
        UUID id = register(body);
        given().auth()
                .oauth2(TestTokens.participant(id))
                .post("/participants/" + id + "/portal-visits")
                .then()
                .statusCode(204);
        assertThat(count(
                        "SELECT count(*) FROM participant WHERE id = ?::uuid AND offers_mentoring"
                                + " AND training_notes IS NOT NULL AND last_portal_visit_at IS NOT NULL"
                                + " AND training_asked_at IS NOT NULL AND mentor_asked_at IS NOT NULL",
                        id.toString()))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM participant WHERE ? = ANY (postal_lines) AND phone IS NOT NULL", street))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM participant WHERE id = ?::uuid AND paused_until IS NOT NULL",
                        id.toString()))
                .isEqualTo(1);
        // A private benefits limit goes with them too.
        given().auth()
                .oauth2(TestTokens.participant(id))
                .contentType("application/json")
                .body("{\"paymentsMayAffectBenefits\": true, \"limit\": 20.00, \"period\": \"WEEK\","
                        + " \"notes\": \"Carer's Allowance\"}")
                .put("/participants/" + id + "/benefits-limit")
                .then()
                .statusCode(200);
        String benefits = "SELECT count(*) FROM benefits_limit WHERE participant_id = ?::uuid";
        assertThat(count(benefits, id.toString())).isEqualTo(1);
        Map<String, Object> mentee = valid();
        group(mentee, "support").put("mentorId", id.toString());
        UUID menteeId = register(mentee);
        assertThat(count("SELECT count(*) FROM participant WHERE id = ?::uuid", id.toString()))
                .isEqualTo(1);
        // Pairing notices wait for the worker (off in tests): one with them as mentee, one as mentor.
        String pairings = "SELECT count(*) FROM mentor_pairing_outbox WHERE mentee_id = ?::uuid OR mentor_id = ?::uuid";
        assertThat(count(pairings, id.toString())).isEqualTo(2);

        given().auth()
                .oauth2(TestTokens.coordinator())
                .delete("/participants/" + id)
                .then()
                .statusCode(204);

        assertThat(count("SELECT count(*) FROM participant WHERE id = ?::uuid", id.toString()))
                .isZero();
        assertThat(count("SELECT count(*) FROM participant WHERE lower(email) = lower(?)", email))
                .isZero();
        assertThat(count("SELECT count(*) FROM participant WHERE ? = ANY (postal_lines)", street))
                .isZero();
        assertThat(count("SELECT count(*) FROM participant WHERE training_notes = ?", trainingNotes))
                .isZero();
        assertThat(count(benefits, id.toString())).isZero();
        assertThat(count("SELECT count(*) FROM benefits_limit WHERE notes = ?", "Carer's Allowance"))
                .isZero();
        // Nobody is told of a pairing with someone who is gone.
        assertThat(count(pairings, id.toString())).isZero();
        // No other row mentions them: the mentee keeps their record but loses the link.
        assertThat(count("SELECT count(*) FROM participant WHERE mentor_id = ?::uuid", id.toString()))
                .isZero();
        assertThat(count(
                        "SELECT count(*) FROM participant WHERE id = ?::uuid AND mentor_id IS NULL",
                        menteeId.toString()))
                .isEqualTo(1);
        // The email address may be registered again by the same person later.
        register(body);
    }

    /** Counts rows, with every {@code ?} of the query bound to the value. */
    private long count(String sql, String value) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setString(i, value);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
