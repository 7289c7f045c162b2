package org.coproduction.notifications.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.PrometheusScrape;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class DigestRunTest {

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    DigestRunService runService;

    @Inject
    DigestRunStore runStore;

    @Inject
    DeliveryRetryService jobs;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void oneDigestPerDuePersonInTheirLanguageZoneAndFormat() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        var gwen =
                People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "FORTNIGHTLY", "LARGE_PRINT", "ACTIVE");
        var taro = People.person(UUID.randomUUID(), "Taro", "en-GB", "Asia/Tokyo", "MONTHLY", "PLAIN_TEXT", "ACTIVE");
        var nia = People.person(UUID.randomUUID(), "Nia", "en", "Europe/London", "NEVER", "HTML", "ACTIVE");
        var pat = People.person(UUID.randomUUID(), "Pat", "en", "Europe/London", "WEEKLY", "HTML", "PAUSED");
        // Two pages, to check the run pages through everyone; a PAUSED person slipping into the list still gets
        // nothing.
        stubPage(0, List.of(aisha, gwen, nia), 5);
        stubPage(1, List.of(taro, pat), 5);
        others.stubFor(
                post(urlEqualTo("/agendas")).willReturn(okJson(richAgendas(List.of(aisha, gwen, taro, nia, pat)))));
        // The retry job, should it have to finish a send GreenMail dropped, looks people up by id.
        stubLookup(List.of(aisha, gwen, taro, nia, pat));

        String runId = startRun("{}");
        // The run's own calls, before the retry job (if needed) makes any of its own.
        awaitRun(runId, "WAITING", "COMPLETED");
        var agendaCalls = others.findAll(postRequestedFor(urlEqualTo("/agendas")));
        JsonPath run = awaitCompleted(runId);
        assertThat(run.getInt("due")).isEqualTo(3);
        assertThat(run.getInt("sent")).isEqualTo(3);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Mailbox.countByRecipient(received))
                .containsOnlyKeys(People.email(aisha), People.email(gwen), People.email(taro))
                .allSatisfy((to, count) -> assertThat(count).isEqualTo(1L));
        Map<String, MimeMessage> mail = Mailbox.byRecipient(received);

        MimeMessage toAisha = mail.get(People.email(aisha));
        assertThat(toAisha.getContentType()).startsWith("multipart/alternative");
        assertThat(toAisha.getSubject()).startsWith("Your co-production update, ");
        String html = Mailbox.partOfType(toAisha, "text/html");
        assertThat(html)
                .contains(
                        "<html lang=\"en\">",
                        "<h1>Hello Aisha,</h1>",
                        "<h2>Coming up</h2>",
                        // 17:00Z on 29 March 2027 is 18:00 in London (summer time began the day before).
                        "Monday 29 March 2027, 18:00 to 19:30",
                        "Community Hall, 1 High Street, Cardiff",
                        "https://meet.example.org/abc",
                        "Interpretation: British Sign Language (BSL)",
                        "Captions",
                        "Regular breaks",
                        "We agreed the survey questions.",
                        "Survey goes out in April",
                        "Draft the survey, due Thursday 1 April 2027",
                        "Funding confirmed",
                        // Counted but not named (no sessions listed): a warm thanks, never a bare count.
                        "Thank you for taking part since your last update.",
                        "every week on Monday",
                        "as a formatted email",
                        "To change how often you get it")
                .doesNotContain("private", "BSL_INTERPRETER", "Hours given");
        String text = Mailbox.partOfType(toAisha, "text/plain");
        assertThat(text)
                .contains(
                        "Hello Aisha,",
                        "Monday 29 March 2027, 18:00 to 19:30",
                        "== Coming up ==",
                        "Draft the survey",
                        "To change how often you get it")
                .doesNotContain("<");

        MimeMessage toGwen = mail.get(People.email(gwen));
        String welsh = Mailbox.partOfType(toGwen, "text/html");
        assertThat(toGwen.getSubject()).startsWith("Eich diweddariad cyd-gynhyrchu");
        assertThat(welsh)
                .contains(
                        "<html lang=\"cy\">",
                        "Helo Gwen,",
                        "Yn dod i fyny",
                        "Mawrth 2027, 18:00 i 19:30",
                        "font-size: 24px",
                        "bob pythefnos",
                        "print bras",
                        "Iaith Arwyddion Prydain (BSL)");
        assertThat(Mailbox.partOfType(toGwen, "text/plain")).contains("Helo Gwen,");

        MimeMessage toTaro = mail.get(People.email(taro));
        assertThat(toTaro.getContentType()).startsWith("text/plain");
        assertThat(Mailbox.leaves(toTaro)).hasSize(1);
        // The same session in Tokyo is early on Tuesday morning.
        assertThat((String) toTaro.getContent())
                .contains(
                        "Hello Taro,",
                        "Tuesday 30 March 2027, 02:00 to 03:30",
                        "Times are shown in your time zone (Asia/Tokyo)",
                        "on the first Monday of each month",
                        "plain text");

        // People due together share one POST /agendas call: Aisha and Gwen (same period start), Taro alone.
        assertThat(agendaCalls).hasSize(2);
        assertThat(agendaCalls).allSatisfy(call -> {
            // This service's own short-lived token: sub = its name, role service, 5 minutes.
            String[] jwt = call.getHeader("Authorization")
                    .substring("Bearer ".length())
                    .split("\\.");
            JsonPath claims = new JsonPath(new String(
                    java.util.Base64.getUrlDecoder().decode(jwt[1]), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(claims.getString("sub")).isEqualTo("notifications-service");
            assertThat(claims.getList("groups")).containsExactly("service");
            assertThat(claims.getString("iss")).isEqualTo("coproduction-dev");
            assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(300L);
        });
        others.verify(
                1,
                getRequestedFor(urlPathEqualTo("/participants"))
                        .withQueryParam("page", equalTo("0"))
                        .withQueryParam("status", equalTo("ACTIVE")));
        others.verify(1, getRequestedFor(urlPathEqualTo("/participants")).withQueryParam("page", equalTo("1")));

        // A second run in the same period finds nobody due: nothing is sent twice.
        JsonPath again = awaitCompleted(startRun("{}"));
        assertThat(again.getInt("due")).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void whenNothingHappenedTheDigestSaysTheWorkGoesOn() throws Exception {
        var quiet = People.active(UUID.randomUUID(), "Quinn");
        stubLookup(List.of(quiet));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(quiet)))));

        awaitCompleted(startRun(idsBody(List.of(quiet))));

        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(Mailbox.partOfType(message, "text/plain"))
                .contains(
                        "Hello Quinn,",
                        "nothing new to report this time, but the work goes on",
                        "Thank you for being part of this work.",
                        "To change how often you get it");
    }

    @Test
    void pausedWithdrawnAndNeverGetNothingEvenWhenNamedOrForced() {
        var paused = People.person(UUID.randomUUID(), "Pia", "en", "Europe/London", "WEEKLY", "HTML", "PAUSED");
        var withdrawn = People.person(UUID.randomUUID(), "Wes", "en", "Europe/London", "WEEKLY", "HTML", "WITHDRAWN");
        var never = People.person(UUID.randomUUID(), "Ned", "en", "Europe/London", "NEVER", "HTML", "ACTIVE");
        stubLookup(List.of(paused, withdrawn, never));
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.emptyAgendas(List.of(paused, withdrawn, never)))));

        JsonPath run = awaitRun(
                startRun("{\"participantIds\":[\"" + paused.get("id") + "\",\"" + withdrawn.get("id") + "\",\""
                        + never.get("id") + "\"],\"force\":true}"),
                "COMPLETED");

        assertThat(run.getInt("due")).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        others.verify(0, postRequestedFor(urlEqualTo("/agendas")));
        // The run says whom it left out, and why.
        assertThat(run.getList("leftOut.participantId"))
                .containsExactlyInAnyOrder(paused.get("id"), withdrawn.get("id"), never.get("id"));
        assertThat(run.getString("leftOut.find { it.participantId == '" + paused.get("id") + "' }.reason"))
                .isEqualTo("participant is PAUSED");
        assertThat(run.getString("leftOut.find { it.participantId == '" + never.get("id") + "' }.reason"))
                .isEqualTo("participant asked for no digests");
    }

    @Test
    void aNamedRunSaysWhoWasNotDueAndWhoIsNotRegistered() {
        var ann = People.active(UUID.randomUUID(), "Ann");
        UUID stranger = UUID.randomUUID();
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .willReturn(
                        okJson(People.json(Map.of("items", List.of(ann), "missing", List.of(stranger.toString()))))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(ann)))));
        String ids = "{\"participantIds\":[\"" + ann.get("id") + "\",\"" + stranger + "\"]}";
        awaitRun(startRun(ids), "COMPLETED", "WAITING");

        // Asked again in the same period: Ann is not due, the stranger still unknown.
        JsonPath again = awaitRun(startRun(ids), "COMPLETED");
        assertThat(again.getInt("due")).isZero();
        assertThat(again.getString("leftOut.find { it.participantId == '" + ann.get("id") + "' }.reason"))
                .startsWith("not due");
        assertThat(again.getString("leftOut.find { it.participantId == '" + stranger + "' }.reason"))
                .isEqualTo("not registered (or erased)");
    }

    @Test
    void twoRunsAtOnceSendEachDigestOnce() throws Exception {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(People.active(UUID.randomUUID(), "Person" + i));
        }
        stubPage(0, people, people.size());
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(people))));

        UUID first = runStore.create(false, "OPS");
        UUID second = runStore.create(false, "OPS");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (UUID run : List.of(first, second)) {
                done.add(two.submit(() -> {
                    go.await();
                    runService.execute(run, null, false);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            two.shutdownNow();
        }

        // A send the SMTP server did not answer in time would wait for the retry job: give it its chance.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    jobs.retryWaiting();
                    assertThat(deliveriesOf(people))
                            .hasSize(30)
                            .allSatisfy(d -> assertThat(d.status).isEqualTo(DeliveryStatus.SENT));
                });
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(30);
        assertThat(Mailbox.countByRecipient(received))
                .hasSize(30)
                .allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
        RunCounts a = runStore.counts(first).orElseThrow();
        RunCounts b = runStore.counts(second).orElseThrow();
        assertThat(a.sent() + b.sent()).isEqualTo(30);
        assertThat(a.due() + b.due()).isEqualTo(30);
    }

    @Test
    void smtpDownDelaysDigestsAndLosesNone() throws Exception {
        List<Map<String, Object>> people = List.of(
                People.active(UUID.randomUUID(), "Sam"),
                People.active(UUID.randomUUID(), "Sky"),
                People.active(UUID.randomUUID(), "Sol"));
        stubLookup(people);
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(people))));

        PrometheusScrape before = PrometheusScrape.fetch();
        smtp.stop();
        JsonPath run = awaitRun(startRun(idsBody(people)), "WAITING");
        assertThat(run.getInt("sent")).isZero();
        assertThat(run.getInt("waiting")).isEqualTo(3);
        // On /q/metrics: three digests due, a run finished, three attempts to retry, three digests waiting.
        // (At least: other classes' work that is still waiting may be picked up by the same jobs.)
        PrometheusScrape failing = PrometheusScrape.fetch();
        assertThat(moved(before, failing, "coproduction_digests_due_total")).isGreaterThanOrEqualTo(3);
        assertThat(moved(before, failing, "coproduction_digest_runs_total", "outcome", "finished"))
                .isGreaterThanOrEqualTo(1);
        assertThat(moved(before, failing, "coproduction_digest_run_due_count")).isGreaterThanOrEqualTo(1);
        assertThat(failing.value("coproduction_digest_run_due_max")).isGreaterThanOrEqualTo(3);
        assertThat(moved(before, failing, DELIVERIES, "kind", "digest", "outcome", "retry"))
                .isGreaterThanOrEqualTo(3);
        assertThat(failing.value("coproduction_delivery_queue_depth", "kind", "digest"))
                .isGreaterThanOrEqualTo(3);
        List<Delivery> waiting = deliveriesOf(people);
        assertThat(waiting).allSatisfy(d -> {
            assertThat(d.status).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts).isEqualTo(1);
            assertThat(d.lastError).startsWith("SMTP:");
        });

        smtp.start();
        // The retry job picks them up once their backoff (1 s in tests) has passed.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    jobs.retryWaiting();
                    assertThat(deliveriesOf(people))
                            .allSatisfy(d -> assertThat(d.status).isEqualTo(DeliveryStatus.SENT));
                });
        jobs.retryWaiting();
        assertThat(Mailbox.countByRecipient(smtp.getReceivedMessages()))
                .hasSize(3)
                .allSatisfy((to, n) -> assertThat(n).isEqualTo(1L));
        assertThat(awaitRun(run.getString("id"), "COMPLETED").getInt("sent")).isEqualTo(3);
        PrometheusScrape after = PrometheusScrape.fetch();
        assertThat(moved(failing, after, DELIVERIES, "kind", "digest", "outcome", "sent"))
                .isGreaterThanOrEqualTo(3);
        assertThat(moved(before, after, DELIVERIES, "kind", "digest", "outcome", "failed"))
                .isZero();
    }

    private static final String DELIVERIES = "coproduction_deliveries_total";

    private static double moved(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    @Test
    void sessionsServiceDownMeansTheWorkWaitsAndNothingIsMarkedSent() throws Exception {
        List<Map<String, Object>> people = List.of(People.active(UUID.randomUUID(), "Dee"));
        stubLookup(people);
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(aResponse().withStatus(503)));

        JsonPath run = awaitRun(startRun(idsBody(people)), "WAITING");
        assertThat(run.getInt("sent")).isZero();
        Delivery waiting = deliveriesOf(people).get(0);
        assertThat(waiting.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts).isZero();
        assertThat(waiting.lastError).isEqualTo("sessions-service is unavailable");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(people))));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    jobs.retryWaiting();
                    assertThat(deliveriesOf(people).get(0).status).isEqualTo(DeliveryStatus.SENT);
                });
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aSendThatKeepsFailingIsShownAsFailedAndCanBeRetriedByHand() throws Exception {
        List<Map<String, Object>> people = List.of(People.active(UUID.randomUUID(), "Flo"));
        stubLookup(people);
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(people))));
        String participantId = (String) people.get(0).get("id");

        smtp.stop();
        awaitRun(startRun(idsBody(people)), "WAITING");
        // max-attempts is 3 in tests: two more failed attempts after the first.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    jobs.retryWaiting();
                    assertThat(deliveriesOf(people).get(0).status).isEqualTo(DeliveryStatus.FAILED);
                });
        JsonPath failed = given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", participantId)
                .queryParam("status", "FAILED")
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(failed.getInt("total")).isEqualTo(1);
        assertThat(failed.getInt("items[0].attempts")).isEqualTo(3);
        assertThat(failed.getString("items[0].lastError")).startsWith("SMTP:");

        smtp.start();
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .post("/deliveries/" + failed.getString("items[0].id") + "/retry")
                .then()
                .statusCode(202);
        // The retry is sent in the background; should the SMTP connection drop, the retry job finishes it.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Delivery d = deliveriesOf(people).get(0);
                    if (d.status == DeliveryStatus.PENDING) {
                        jobs.retryWaiting();
                    }
                    assertThat(deliveriesOf(people).get(0).status).isEqualTo(DeliveryStatus.SENT);
                });
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        // Sent is final: asking again is a conflict, not a second mail.
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .post("/deliveries/" + failed.getString("items[0].id") + "/retry")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    private List<Delivery> deliveriesOf(List<Map<String, Object>> people) {
        List<UUID> ids =
                people.stream().map(p -> UUID.fromString((String) p.get("id"))).toList();
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> Delivery.<Delivery>list("participantId in ?1", ids));
    }

    private void stubPage(int page, List<Map<String, Object>> items, int total) {
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(okJson(People.page(items, page, 200, total))));
    }

    private void stubLookup(List<Map<String, Object>> people) {
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(people))));
    }

    private static String idsBody(List<Map<String, Object>> people) {
        return People.json(
                Map.of("participantIds", people.stream().map(p -> p.get("id")).toList()));
    }

    private static String startRun(String body) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/digests/runs/"))
                .extract()
                .path("id");
    }

    /**
     * A run's sends can be left waiting when the SMTP server drops a connection (GreenMail restarts between tests);
     * the retry job finishes them, and the counts must still show each digest once.
     */
    private JsonPath awaitCompleted(String runId) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    last[0] = given().auth()
                            .oauth2(TestTokens.coordinator())
                            .when()
                            .get("/digests/runs/" + runId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    if ("WAITING".equals(last[0].getString("status"))) {
                        jobs.retryWaiting();
                    }
                    assertThat(last[0].getString("status")).isEqualTo("COMPLETED");
                });
        return last[0];
    }

    /** Waits until the run reads as one of these statuses. */
    static JsonPath awaitRun(String runId, String... statuses) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    last[0] = given().auth()
                            .oauth2(TestTokens.coordinator())
                            .when()
                            .get("/digests/runs/" + runId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    assertThat(last[0].getString("status")).isIn((Object[]) statuses);
                });
        return last[0];
    }

    static String richAgendas(List<Map<String, Object>> people) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> p : people) {
            items.add(Map.of(
                    "participantId", p.get("id"),
                    "upcomingSessions",
                            List.of(Map.ofEntries(
                                    Map.entry("sessionId", UUID.randomUUID().toString()),
                                    Map.entry("projectId", UUID.randomUUID().toString()),
                                    Map.entry("projectName", "Better Mental Health Services"),
                                    Map.entry("title", "Survey workshop"),
                                    Map.entry("purpose", "Shape the survey together"),
                                    Map.entry("type", "WORKSHOP"),
                                    Map.entry("format", "HYBRID"),
                                    Map.entry("start", "2027-03-29T17:00:00Z"),
                                    Map.entry("end", "2027-03-29T18:30:00Z"),
                                    Map.entry("timeZone", "Europe/London"),
                                    Map.entry("status", "SCHEDULED"),
                                    Map.entry(
                                            "venue",
                                            Map.of(
                                                    "name",
                                                    "Community Hall",
                                                    "address",
                                                    "1 High Street, Cardiff",
                                                    "format",
                                                    "IN_PERSON")),
                                    Map.entry("joiningLink", "https://meet.example.org/abc"),
                                    Map.entry(
                                            "arrangements",
                                            Map.of(
                                                    "interpretation",
                                                    List.of("bfi"),
                                                    "captions",
                                                    true,
                                                    "largePrintMaterials",
                                                    false,
                                                    "easyReadMaterials",
                                                    false,
                                                    "breaks",
                                                    true)))),
                    "summaries",
                            List.of(Map.of(
                                    "sessionId",
                                    UUID.randomUUID().toString(),
                                    "projectName",
                                    "Better Mental Health Services",
                                    "title",
                                    "Planning meeting",
                                    "start",
                                    "2027-03-15T18:00:00Z",
                                    "timeZone",
                                    "Europe/London",
                                    "summary",
                                    "We agreed the survey questions.",
                                    "decisions",
                                    List.of("Survey goes out in April"),
                                    "actions",
                                    List.of(Map.of(
                                            "description",
                                            "Draft the survey",
                                            "ownerId",
                                            p.get("id"),
                                            "due",
                                            "2027-04-01")))),
                    "openActions",
                            List.of(Map.of(
                                    "sessionId",
                                    UUID.randomUUID().toString(),
                                    "sessionTitle",
                                    "Planning meeting",
                                    "description",
                                    "Draft the survey",
                                    "due",
                                    "2027-04-01")),
                    "projectUpdates",
                            List.of(Map.of(
                                    "projectId",
                                    UUID.randomUUID().toString(),
                                    "projectName",
                                    "Better Mental Health Services",
                                    "title",
                                    "Funding confirmed",
                                    "body",
                                    "The council confirmed funding for next year.",
                                    "postedAt",
                                    "2026-11-20T10:00:00Z")),
                    "contributions", Map.of("sessionsAttended", 2, "hours", 3.5)));
        }
        return People.json(Map.of("items", items));
    }
}
