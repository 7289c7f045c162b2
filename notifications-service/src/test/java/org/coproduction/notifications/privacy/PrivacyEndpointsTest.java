package org.coproduction.notifications.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.coproduction.notifications.confirm.EmailConfirmationStore;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.notifications.notice.CareFactsJson;
import org.coproduction.notifications.notice.write.CareFacts;
import org.coproduction.notifications.run.DigestRunStore;
import org.coproduction.notifications.run.RunCounts;
import org.coproduction.notifications.signin.SignInLinkStore;
import org.coproduction.notifications.support.Deliveries;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Erasure and export as participants-service asks for them: nothing naming the person stays; their data comes out. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class PrivacyEndpointsTest {

    private static final String SERVICE = TestTokens.service("participants-service");

    @Inject
    DataSource dataSource;

    @Inject
    DigestRunStore runs;

    @Inject
    EmailConfirmationStore confirmations;

    @Inject
    ErasedParticipants erased;

    @Inject
    SignInLinkStore signInLinks;

    @Inject
    TombstoneConfig tombstoneConfig;

    @Test
    void erasureLeavesNoRowNamingThePersonTheirAddressOrWhatWasWrittenToThemAloneAndRunsKeepTheirCounts()
            throws Exception {
        UUID ada = UUID.randomUUID();
        UUID bo = UUID.randomUUID();
        String address = "ada-" + ada.toString().substring(0, 8) + "@example.org";
        UUID runId = runs.create(false, "OPS");
        Delivery sent = Deliveries.digest(ada, DeliveryStatus.SENT, Duration.ofDays(3));
        sent.runId = runId;
        sent.subject = "Your co-production update, 23 March 2027";
        Delivery failed = Deliveries.digest(ada, DeliveryStatus.FAILED, Duration.ofDays(2));
        failed.runId = runId;
        failed.lastError = "SMTP: IOException: 550 <" + address + "> rejected";
        Delivery boSent = Deliveries.digest(bo, DeliveryStatus.SENT, Duration.ofDays(3));
        boSent.runId = runId;
        UUID aloneNotice = Deliveries.storedNotice("For Ada alone", "Dear Ada Lovelace, your travel is booked.");
        Delivery aloneWaiting =
                Deliveries.asNotice(Deliveries.digest(ada, DeliveryStatus.PENDING, Duration.ofHours(1)), aloneNotice);
        UUID sharedNotice = Deliveries.storedNotice("Thursday is cancelled", "The venue is closed on Thursday.");
        Delivery sharedAda =
                Deliveries.asNotice(Deliveries.digest(ada, DeliveryStatus.SENT, Duration.ofHours(2)), sharedNotice);
        Delivery sharedBo =
                Deliveries.asNotice(Deliveries.digest(bo, DeliveryStatus.SENT, Duration.ofHours(2)), sharedNotice);
        Deliveries.store(sent, failed, boSent, aloneWaiting, sharedAda, sharedBo);
        UUID confirmation = confirmations.create(ada, address, "tok-" + ada, "en", Instant.now());
        UUID signInLink = signInLinks.create(ada, Instant.now());
        // A run asked for Ada by name once and left her out (she was on a break): that note names her too.
        runs.leftOut(runs.create(true, "OPS"), java.util.Map.of(ada, "participant is PAUSED"));
        // Forced runs waiting for participants-service keep whom they were for: one for Ada alone, one for both.
        UUID forAda = runs.create(true, "OPS", List.of(ada));
        runs.waitForDependency(forAda, "participants-service is unavailable");
        UUID forBoth = runs.create(true, "OPS", List.of(ada, bo));
        runs.waitForDependency(forBoth, "participants-service is unavailable");
        // Issue 14: a summary to coordinators names Ada and Cy; a pairing and a session name Ada as mentor and contact.
        UUID cy = UUID.randomUUID();
        UUID summary = Deliveries.storedCareNotice(
                NoticeKind.ENGAGEMENT_SUMMARY,
                CareFactsJson.write(new CareFacts(
                        new CareFacts.Engagement(
                                UUID.randomUUID(),
                                "Crisis line",
                                List.of(
                                        new CareFacts.Person(
                                                ada,
                                                List.of(new CareFacts.Reason("MISSED_SESSIONS", 3)),
                                                Instant.parse("2026-10-12T18:00:00Z")),
                                        new CareFacts.Person(
                                                cy, List.of(new CareFacts.Reason("NO_SESSION_FOR_WEEKS", 8)), null))),
                        null,
                        null)),
                null);
        UUID pairing = Deliveries.storedCareNotice(
                NoticeKind.MENTOR_PAIRED,
                CareFactsJson.write(new CareFacts(null, null, new CareFacts.Mentoring(bo, ada))),
                "{\"title\":\"Listening\",\"sensitive\":{\"contentNote\":\"Crisis care\"," + "\"wellbeingContactId\":\""
                        + ada + "\"}}");
        JsonPath exported =
                export(ada.toString(), SERVICE).then().statusCode(200).extract().jsonPath();
        assertThat(exported.getList("namedInNotices.noticeId")).containsExactly(summary.toString(), pairing.toString());
        assertThat(exported.getString("namedInNotices[0].reasons[0].code")).isEqualTo("MISSED_SESSIONS");
        assertThat(exported.getInt("namedInNotices[0].reasons[0].count")).isEqualTo(3);
        assertThat(exported.getString("namedInNotices[0].lastAttendedAt")).isEqualTo("2026-10-12T18:00:00Z");
        assertThat(exported.getString("namedInNotices[1].kind")).isEqualTo("MENTOR_PAIRED");
        assertThat(exported.getString("namedInNotices[1].reasons")).isNull();
        RunCounts before = runs.counts(runId).orElseThrow();
        assertThat(before.due()).isEqualTo(3);
        assertThat(tableRowsContaining(ada.toString())).isNotEmpty();

        erase(ada).then().statusCode(204);

        assertThat(tableRowsContaining(ada.toString())).isEmpty();
        assertThat(tableRowsContaining(address)).isEmpty();
        // The run for both waits for Bo alone; the run for Ada alone is closed, not left to mean "everyone".
        assertThat(runs.waitingToPlan()).containsEntry(forBoth, List.of(bo)).doesNotContainKey(forAda);
        assertThat(runs.counts(forAda).orElseThrow().error()).isEqualTo("everyone it was asked for was erased");
        // Closed here, so the retry job of a later test never plans it (its fake participants-service answers anyone).
        runs.finished(forBoth, org.coproduction.notifications.domain.RunStatus.FINISHED, null);
        assertThat(tableRowsContaining("Lovelace")).isEmpty();
        assertThat(tableRowsContaining("tok-" + ada)).isEmpty();
        RunCounts after = runs.counts(runId).orElseThrow();
        assertThat(List.of(after.due(), after.sent(), after.failed(), after.skipped(), after.waiting()))
                .isEqualTo(List.of(before.due(), before.sent(), before.failed(), before.skipped(), before.waiting()));
        Delivery anonymous = Deliveries.find(failed.id);
        assertThat(anonymous.participantId).isNotEqualTo(ada);
        assertThat(anonymous.lastError).isEqualTo(ErasureService.REASON);
        assertThat(Deliveries.find(sent.id).subject).isNull();
        assertThat(Deliveries.find(sent.id).lastError).isNull();
        assertThat(Deliveries.find(aloneWaiting.id).status).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(Deliveries.find(confirmation).status).isEqualTo(DeliveryStatus.SKIPPED);
        // A fresh sign-in link they asked for and that was not sent yet: never sent now, and no longer theirs.
        assertThat(Deliveries.find(signInLink).status).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(Deliveries.find(signInLink).participantId).isNotEqualTo(ada);
        // Everyone else keeps what is theirs.
        assertThat(Deliveries.of(bo)).hasSize(2);
        Notice shared = QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>findById(sharedNotice));
        assertThat(shared.body).isEqualTo("The venue is closed on Thursday.");
        // The summary still names Cy, with Cy's reasons; Ada's entry is gone. The pairing names nobody for her.
        CareFacts summaryNow = CareFactsJson.read(
                QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>findById(summary)).careFacts);
        assertThat(summaryNow.engagement().people())
                .singleElement()
                .satisfies(p -> assertThat(p.participantId()).isEqualTo(cy));
        Notice pairingNow = QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>findById(pairing));
        assertThat(CareFactsJson.read(pairingNow.careFacts).mentoring().menteeId())
                .isEqualTo(bo);
        assertThat(CareFactsJson.read(pairingNow.careFacts).mentoring().mentorId())
                .isEqualTo(UUID.fromString(ErasureService.NOBODY));
        assertThat(pairingNow.sessionDetails).contains("Crisis care");
        assertThat(export(ada.toString(), SERVICE).jsonPath().getList("namedInNotices"))
                .isEmpty();
        Notice alone = QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>findById(aloneNotice));
        assertThat(alone.body).isEqualTo(ErasureService.ERASED);
        // Their tokens are refused from now on: the tombstone is the keyed hash, never the id.
        assertThat(erased.isErased(ada)).isTrue();
        assertThat(erased.isErased(ada)).isTrue();
        assertThat(erased.isErased(bo)).isFalse();
        assertThat(erased.isErased(null)).isFalse();
        assertThat(erased.erasedAmong(List.of(ada, bo))).containsExactly(ada);
        assertThat(erased.erasedAmong(List.of())).isEmpty();
        assertThat(tableRowsContaining(Tombstones.of(tombstoneConfig.key(), ada)))
                .containsExactly("erased_participant");
    }

    @Test
    void erasingAgainOrErasingSomeoneNeverHeardOfIsTheSameQuietSuccess() {
        UUID ada = UUID.randomUUID();
        Deliveries.store(Deliveries.digest(ada, DeliveryStatus.SENT, Duration.ofDays(1)));

        erase(ada).then().statusCode(204);
        erase(ada).then().statusCode(204);
        erase(UUID.randomUUID()).then().statusCode(204);

        assertThat(Deliveries.of(ada)).isEmpty();
        assertThat(erased.isErased(ada)).isTrue();
    }

    @Test
    void onlyTheSuitesServicesMayEraseOrExportAndBadInputIsRefused() {
        UUID ada = UUID.randomUUID();
        for (String token : List.of(TestTokens.coordinator(), TestTokens.participant(ada))) {
            assertProblem(erase(ada, token), 403, "forbidden");
            assertProblem(export(ada.toString(), token), 403, "forbidden");
        }
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{}")
                        .post("/erasures")
                        .andReturn(),
                401,
                "unauthorized");
        Response missing = given().auth()
                .oauth2(SERVICE)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/erasures")
                .andReturn();
        assertInvalidFields(missing, "participantId");
        assertProblem(
                given().auth()
                        .oauth2(SERVICE)
                        .contentType(ContentType.JSON)
                        .body("{\"participantId\":\"" + ada + "\",\"name\":\"Ada\"}")
                        .post("/erasures")
                        .andReturn(),
                400,
                "malformed-request");
        assertProblem(export("not-an-id", SERVICE), 400, "validation");
        assertThat(Deliveries.of(ada)).isEmpty();
    }

    @Test
    void theExportListsEveryDeliveryOldestFirstWithSubjectsAndDatesButNoBodies() {
        UUID ada = UUID.randomUUID();
        Delivery older = Deliveries.digest(ada, DeliveryStatus.SENT, Duration.ofDays(8));
        older.subject = "Your co-production update, 22 March 2027";
        UUID notice = Deliveries.storedNotice("Thursday is cancelled", "A body that never leaves this service.");
        Delivery newer =
                Deliveries.asNotice(Deliveries.digest(ada, DeliveryStatus.PENDING, Duration.ofHours(1)), notice);
        Deliveries.store(older, newer, Deliveries.digest(UUID.randomUUID(), DeliveryStatus.SENT, Duration.ofDays(1)));
        UUID signInLink = signInLinks.create(ada, Instant.now());
        UUID leftOutBy = runs.create(true, "OPS");
        runs.leftOut(leftOutBy, java.util.Map.of(ada, "participant is PAUSED"));

        Response response = export(ada.toString(), SERVICE);

        response.then().statusCode(200);
        JsonPath json = response.jsonPath();
        assertThat(json.getList("deliveries.id"))
                .containsExactly(older.id.toString(), newer.id.toString(), signInLink.toString());
        assertThat(json.getString("deliveries[0].kind")).isEqualTo("DIGEST");
        assertThat(json.getString("deliveries[0].period")).isEqualTo(older.periodKey);
        assertThat(json.getString("deliveries[0].status")).isEqualTo("SENT");
        assertThat(json.getString("deliveries[0].subject")).isEqualTo(older.subject);
        assertThat(json.getString("deliveries[0].sentAt")).isNotNull();
        assertThat(json.getString("deliveries[0].createdAt")).isNotNull();
        assertThat(json.getString("deliveries[1].kind")).isEqualTo("NOTICE");
        assertThat(json.getString("deliveries[1].status")).isEqualTo("PENDING");
        assertThat(json.getString("deliveries[2].kind")).isEqualTo("SIGN_IN_LINK");
        assertThat(json.getString("deliveries[2].period")).isEqualTo("SIGN_IN_LINK:" + signInLink);
        assertThat(json.getString("leftOutOfRuns[0].runId")).isEqualTo(leftOutBy.toString());
        assertThat(json.getString("leftOutOfRuns[0].reason")).isEqualTo("participant is PAUSED");
        assertThat(json.getString("leftOutOfRuns[0].runAt")).isNotNull();
        assertThat(response.asString()).doesNotContain("never leaves", "participantId", "lastError");

        JsonPath nobody = export(UUID.randomUUID().toString(), SERVICE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(nobody.getList("deliveries")).isEmpty();
    }

    private static Response erase(UUID participantId) {
        return erase(participantId, SERVICE);
    }

    private static Response erase(UUID participantId, String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"participantId\":\"" + participantId + "\"}")
                .post("/erasures")
                .andReturn();
    }

    private static Response export(String participantId, String token) {
        return given().auth().oauth2(token).get("/exports/" + participantId).andReturn();
    }

    /** The tables (of this service's whole schema) holding a row whose text contains the value anywhere. */
    private List<String> tableRowsContaining(String value) throws Exception {
        List<String> tables = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (ResultSet rows = connection
                    .createStatement()
                    .executeQuery("select table_name from information_schema.tables"
                            + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                            + " and table_name <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement query = connection.prepareStatement(
                        "select count(*) from " + table + " t where strpos(lower(t::text), lower(?)) > 0")) {
                    query.setString(1, value);
                    try (ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        assertThat(tables).contains("delivery", "notice", "digest_run", "email_confirmation", "erased_participant");
        return found;
    }
}
