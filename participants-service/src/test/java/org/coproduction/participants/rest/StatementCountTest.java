package org.coproduction.participants.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.coproduction.participants.support.InjectNotifications;
import org.coproduction.participants.support.InjectSessions;
import org.coproduction.participants.support.OtherServicesWireMock;
import org.coproduction.platform.testing.TestTokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQL statements per request stay the same whatever the page or batch size (no N+1), on every list and lookup path,
 * counted by Hibernate's statistics over the real request. The records are full (needs, channels, availability,
 * absences, training), so a lazily loaded part would show.
 */
@QuarkusTest
class StatementCountTest {

    private static final String EXPORTER = "coordinator-statement-count-" + UUID.randomUUID();

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    @InjectSessions
    WireMockServer sessions;

    @InjectNotifications
    WireMockServer notifications;

    /** The scheduled jobs (audit flush, outboxes) would add their statements to the count: hold them meanwhile. */
    @BeforeEach
    void holdScheduledJobs() {
        scheduler.pause();
    }

    @AfterEach
    void resumeScheduledJobs() {
        scheduler.resume();
        OtherServicesWireMock.acceptEverything(sessions);
        OtherServicesWireMock.acceptEverything(notifications);
    }

    @Test
    void listReadsAPageOfFiftyWithAsManyStatementsAsAPageOfOne() {
        String marker = "Stmt" + UUID.randomUUID().toString().substring(0, 8);
        registerMany(marker, 50);
        long one = count(() -> list(marker, 1, 1));
        long fifty = count(() -> list(marker, 50, 50));
        assertThat(fifty).isEqualTo(one);
        // The page and its total: nothing per record.
        assertThat(one).isEqualTo(2);
        // A short page is the last one: its items give the total, no count is needed.
        assertThat(count(() -> list(marker, 100, 50))).isEqualTo(1);
    }

    @Test
    void lookupOfAHundredIdsUsesAsManyStatementsAsOfOne() {
        String marker = "Look" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> ids = new ArrayList<>(registerMany(marker, 50));
        IntStream.range(0, 50).forEach(i -> ids.add(UUID.randomUUID())); // half of them unknown
        long one = count(() -> lookup(ids.subList(0, 1), 1));
        long hundred = count(() -> lookup(ids, 50));
        assertThat(hundred).isEqualTo(one);
        assertThat(one).isEqualTo(1);
    }

    @Test
    void readingOneRecordIsOneStatement() {
        UUID id = ParticipantFixtures.register(ParticipantFixtures.valid());
        long statements = count(() -> asCoordinator()
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .body("availability.weekly", hasSize(2)));
        // The record with any pending email change, in one query; its audit entry is queued, not written here.
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void theAuditListAndTheConsentHistoryDoNotGrowWithTheirLength() {
        UUID few = ParticipantFixtures.register(ParticipantFixtures.valid());
        UUID many = ParticipantFixtures.register(ParticipantFixtures.valid());
        for (int i = 0; i < 20; i++) {
            asCoordinator().get("/participants/" + many).then().statusCode(200);
            asCoordinator().post("/participants/" + many + "/consent").then().statusCode(200);
        }
        // Written by the audit list's own flush before it is read: done once here so both counts start alike.
        auditPage(many, 50, 50);
        auditPage(few, 3, 3);
        long shortAudit = count(() -> auditPage(few, 1, 1));
        long longAudit = count(() -> auditPage(many, 50, 50));
        assertThat(shortAudit).isPositive();
        assertThat(longAudit).isEqualTo(shortAudit);
        long shortHistory = count(() -> history(few, 1));
        long longHistory = count(() -> history(many, 21));
        assertThat(shortHistory).isPositive();
        assertThat(longHistory).isEqualTo(shortHistory);
    }

    @Test
    void theExportDoesNotGrowWithTheAuditOrTheConsentHistory() {
        UUID few = ParticipantFixtures.register(ParticipantFixtures.valid());
        UUID many = ParticipantFixtures.register(ParticipantFixtures.valid());
        for (int i = 0; i < 20; i++) {
            asCoordinator().get("/participants/" + many).then().statusCode(200);
            asCoordinator().post("/participants/" + many + "/consent").then().statusCode(200);
        }
        for (UUID id : List.of(few, many)) {
            sessions.stubFor(get(urlEqualTo("/exports/" + id)).willReturn(okJson("{}")));
            notifications.stubFor(get(urlEqualTo("/exports/" + id)).willReturn(okJson("{}")));
            export(id); // the export's own reads are audited: both now have queued entries written by the next one
        }
        long small = count(() -> export(few));
        long large = count(() -> export(many));
        assertThat(small).isPositive();
        assertThat(large).isEqualTo(small);
    }

    private long count(Runnable request) {
        sessionFactory.getStatistics().clear();
        request.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static List<UUID> registerMany(String marker, int howMany) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < howMany; i++) {
            Map<String, Object> body = ParticipantFixtures.valid();
            body.put("organisation", marker + " " + i);
            if (i % 3 == 1) {
                ParticipantFixtures.group(body, "communication").put("channel", "PHONE");
            } else if (i % 3 == 2) {
                ParticipantFixtures.group(body, "communication").put("channel", "POST");
                body.put("postalAddress", Map.of("lines", List.of("1 High Street", "Leeds"), "postcode", "LS1 4AB"));
            }
            ids.add(ParticipantFixtures.register(body));
        }
        return ids;
    }

    private static void list(String marker, int size, int expected) {
        asCoordinator()
                .queryParam("q", marker)
                .queryParam("size", size)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items", hasSize(expected))
                .body("total", equalTo(50))
                .body("items[0].availability.unavailable", hasSize(1));
    }

    private static void lookup(List<UUID> ids, int found) {
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("ids", ids))
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .body("items", hasSize(found));
    }

    private static void auditPage(UUID id, int size, int expected) {
        asCoordinator()
                .queryParam("participantId", id.toString())
                .queryParam("size", size)
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items", hasSize(expected));
    }

    private static void history(UUID id, int expected) {
        asCoordinator()
                .get("/participants/" + id + "/consent/history")
                .then()
                .statusCode(200)
                .body("$", hasSize(expected));
    }

    private static void export(UUID id) {
        // A coordinator of its own: the export's rate limit counts per token subject, and other tests export too.
        given().auth()
                .oauth2(TestTokens.sign(EXPORTER, "coordinator"))
                .get("/participants/" + id + "/export")
                .then()
                .statusCode(200);
    }

    private static RequestSpecification asCoordinator() {
        return given().auth().oauth2(TestTokens.coordinator());
    }
}
