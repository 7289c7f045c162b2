package org.coproduction.notifications.run;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.DigestRun;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.notifications.notice.NoticeStore;
import org.coproduction.notifications.support.Deliveries;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQL statements per request, from Hibernate's statistics, as the page, the batch or the number of people grows
 * (issue 16): lists and lookups take the same statements for 1 row or 50; a digest run or a notice's sending takes a
 * constant plus at most a fixed few per person (each sent mail records its own outcome), never a query per person
 * to read. Runs and sends are measured in the caller's thread, so no poll or other request is counted with them.
 * (The run's claim insert is one JDBC batch per page, outside Hibernate's count.)
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class StatementCountTest {

    /**
     * Statements a digest or notice may cost per person sent to: mails go to SMTP a few at a time (4 here), each
     * group marked SENDING, checked and recorded SENT with its subjects (5 statements per group); what each digest
     * holds is noted in one statement per batch. (Before issue 16: 4 per digest, a statement per mail for its
     * subject and two for its content notes.)
     */
    static final int PER_DIGEST = 2;
    /** Statements a digest run may make whoever is due: run record, planning, claims, batches. */
    static final int RUN_CONSTANT = 30;

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DigestRunService runService;

    @Inject
    NoticeStore noticeStore;

    @Inject
    DeliveryPipeline pipeline;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void deliveryListsTakeTheSameStatementsForAPageOfOneOrFifty() {
        UUID person = UUID.randomUUID();
        Delivery[] many = new Delivery[60];
        for (int i = 0; i < many.length; i++) {
            many[i] = Deliveries.digest(person, DeliveryStatus.SENT, Duration.ofMinutes(100 + i));
        }
        Deliveries.store(many);

        for (String filters :
                List.of("participantId=" + person, "participantId=" + person + "&status=SENT&kind=DIGEST")) {
            long one = statements(() -> list(filters + "&size=1", 1));
            long fifty = statements(() -> list(filters + "&size=50", 50));
            assertThat(fifty).as(filters).isEqualTo(one).isLessThanOrEqualTo(2);
        }
        // Unfiltered, the newest first across everyone.
        assertThat(statements(() -> list("size=50", 50))).isEqualTo(statements(() -> list("size=1", 1)));
    }

    @Test
    void aDigestRunTakesAConstantPlusAFixedFewStatementsPerPersonSentTo() {
        long small = statementsForRun(3);
        long large = statementsForRun(60);
        // Shape a + b * people: the 57 extra people cost at most PER_DIGEST each, and the constant is bounded.
        assertThat(large - small).isLessThanOrEqualTo(PER_DIGEST * 57L);
        assertThat(small).isLessThanOrEqualTo(RUN_CONSTANT + PER_DIGEST * 3L);
        System.out.printf("statements per digest run: 3 people %d, 60 people %d%n", small, large);
    }

    @Test
    void previewAndExportTakeTheSameStatementsForOneEarlierDigestOrFifty() {
        var few = People.active(UUID.randomUUID(), "Ffion");
        var many = People.active(UUID.randomUUID(), "Mo");
        storeSentDigests(UUID.fromString((String) few.get("id")), 1);
        storeSentDigests(UUID.fromString((String) many.get("id")), 50);
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(DigestRunTest.richAgendas(List.of(few, many)))));

        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(few)))));
        long previewFew = statements(() -> preview(few));
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(many)))));
        long previewMany = statements(() -> preview(many));
        assertThat(previewMany).isEqualTo(previewFew).isLessThanOrEqualTo(1);

        long exportFew = statements(() -> export(few));
        long exportMany = statements(() -> export(many));
        assertThat(exportMany).isEqualTo(exportFew).isLessThanOrEqualTo(5);

        List<UUID> one = List.of(UUID.fromString((String) few.get("id")));
        List<UUID> fifty = new ArrayList<>(one);
        fifty.add(UUID.fromString((String) many.get("id")));
        while (fifty.size() < 50) {
            fifty.add(UUID.randomUUID());
        }
        long summaryOne = statements(() -> summary(one));
        long summaryFifty = statements(() -> summary(fifty));
        assertThat(summaryFifty).isEqualTo(summaryOne).isLessThanOrEqualTo(2);
    }

    @Test
    void aNoticeIsStoredWithAConstantAndSentWithAFixedFewStatementsPerPerson() {
        long[] small = noticeFor(3);
        long[] large = noticeFor(60);
        // Storing: one insert per delivery row at most, plus the notice.
        assertThat(large[0] - small[0]).isLessThanOrEqualTo(57L);
        assertThat(small[0]).isLessThanOrEqualTo(3 + 3);
        // Sending: per person only its outcome; reading the notice and claiming the batch stay constant.
        assertThat(large[1] - small[1]).isLessThanOrEqualTo(PER_DIGEST * 57L);
        assertThat(small[1]).isLessThanOrEqualTo(RUN_CONSTANT + PER_DIGEST * 3L);
        System.out.printf(
                "statements per notice (store, send): 3 people %d, %d; 60 people %d, %d%n",
                small[0], small[1], large[0], large[1]);
    }

    private long statementsForRun(int count) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(People.active(UUID.randomUUID(), "Person" + i));
        }
        others.resetAll();
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("page", equalTo("0"))
                .willReturn(okJson(People.page(people, 0, 200, count))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(DigestRunTest.richAgendas(people))));
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(people))));
        UUID[] runId = new UUID[1];
        long statements = statements(() -> runId[0] = runService.runScheduled());
        DigestRun run = QuarkusTransaction.requiringNew().call(() -> DigestRun.<DigestRun>findById(runId[0]));
        assertThat(run.status.name()).isEqualTo("FINISHED");
        List<UUID> ids =
                people.stream().map(p -> UUID.fromString((String) p.get("id"))).toList();
        long sent = QuarkusTransaction.requiringNew()
                .call(() -> Delivery.count("participantId in ?1 and status = ?2", ids, DeliveryStatus.SENT));
        assertThat(sent).isEqualTo(count);
        return statements;
    }

    private long[] noticeFor(int count) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(People.active(UUID.randomUUID(), "Reader" + i));
        }
        List<UUID> ids =
                people.stream().map(p -> UUID.fromString((String) p.get("id"))).toList();
        others.resetAll();
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(people))));
        NoticeStore.Accepted[] accepted = new NoticeStore.Accepted[1];
        long store = statements(() -> accepted[0] = noticeStore.create(
                null, NoticeKind.GENERAL, "Room change", "We meet in room 2 now.", null, ids, "hash"));
        long send = statements(() -> pipeline.drain(ClaimScope.notice(accepted[0].id()), Map.of()));
        long sent = QuarkusTransaction.requiringNew()
                .call(() -> Delivery.count("noticeId = ?1 and status = ?2", accepted[0].id(), DeliveryStatus.SENT));
        assertThat(sent).isEqualTo(count);
        return new long[] {store, send};
    }

    private void storeSentDigests(UUID person, int count) {
        Delivery[] sent = new Delivery[count];
        for (int i = 0; i < count; i++) {
            sent[i] = Deliveries.digest(person, DeliveryStatus.SENT, Duration.ofDays(7L * (i + 1)));
            sent[i].subject = "Your co-production update";
        }
        Deliveries.store(sent);
    }

    private long statements(Runnable call) {
        sessionFactory.getStatistics().clear();
        call.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    private static void list(String query, int expected) {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/deliveries?" + query)
                .then()
                .statusCode(200)
                .body("items", hasSize(expected));
    }

    private static void preview(Map<String, Object> person) {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/digests/preview/" + person.get("id"))
                .then()
                .statusCode(200);
    }

    private static void export(Map<String, Object> person) {
        given().auth()
                .oauth2(TestTokens.service("participants-service"))
                .get("/exports/" + person.get("id"))
                .then()
                .statusCode(200);
    }

    private static void summary(List<UUID> ids) {
        Instant now = Instant.now();
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "participantIds",
                        ids,
                        "from",
                        now.minus(Duration.ofDays(400)).toString(),
                        "to",
                        now.plusSeconds(60).toString()))
                .post("/deliveries/summary")
                .then()
                .statusCode(200);
    }
}
