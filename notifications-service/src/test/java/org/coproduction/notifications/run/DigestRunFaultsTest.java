package org.coproduction.notifications.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.Deliveries;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Digest runs when participants-service fails part way, when started by the timer, and when forced. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class DigestRunFaultsTest {

    private static final String NOT_REACHED =
            "participants-service is unavailable; the next run picks up whoever is still due";

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    DigestRunService runs;

    @Inject
    DigestRunStore store;

    @Inject
    DeliveryRetryService jobs;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void participantsServiceDownFromTheStartAbortsTheRunAndSendsNothing() {
        others.stubFor(
                get(urlPathEqualTo("/participants")).willReturn(aResponse().withStatus(503)));

        JsonPath run = DigestRunTest.awaitRun(startRun("{}"), "ABORTED");

        assertThat(run.getString("error")).isEqualTo(NOT_REACHED);
        assertThat(run.getInt("due")).isZero();
        assertThat(run.getInt("sent")).isZero();
        assertThat(run.getString("finishedAt")).isNotNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        others.verify(0, postRequestedFor(urlEqualTo("/agendas")));
    }

    @Test
    void whoWasFoundDueBeforeAnOutageStillGetsTheirDigestNow() throws Exception {
        var ann = People.active(UUID.randomUUID(), "Ann");
        var ben = People.active(UUID.randomUUID(), "Ben");
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("page", equalTo("0"))
                .willReturn(okJson(People.page(List.of(ann, ben), 0, 200, 400))));
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withStatus(503)));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(ann, ben)))));

        JsonPath run = DigestRunTest.awaitRun(startRun("{}"), "ABORTED");

        assertThat(run.getString("error")).isEqualTo(NOT_REACHED);
        assertThat(run.getInt("due")).isEqualTo(2);
        awaitSent(List.of(ann, ben));
        assertThat(Mailbox.countByRecipient(smtp.getReceivedMessages()))
                .containsOnlyKeys(People.email(ann), People.email(ben));
        // People already known from the page are not looked up again to be sent to.
        others.verify(0, postRequestedFor(urlEqualTo("/participants/lookup")).withRequestBody(containing((String)
                ann.get("id"))));
        others.verify(0, postRequestedFor(urlEqualTo("/participants/lookup")).withRequestBody(containing((String)
                ben.get("id"))));
    }

    @Test
    void theTimerRunsInItsOwnThreadAndIsShownAsScheduled() {
        var cat = People.active(UUID.randomUUID(), "Cat");
        others.stubFor(get(urlPathEqualTo("/participants")).willReturn(okJson(People.page(List.of(cat), 0, 200, 1))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(cat)))));

        UUID id = runs.runScheduled();

        // Finished by the time the call returns: the timer's thread did the work.
        RunCounts counts = store.counts(id).orElseThrow();
        assertThat(counts.trigger()).isEqualTo("SCHEDULE");
        assertThat(counts.forced()).isFalse();
        assertThat(counts.due()).isEqualTo(1);
        assertThat(counts.status()).isIn("COMPLETED", "WAITING");
        awaitSent(List.of(cat));
        // The next tick in the same period finds nobody due.
        assertThat(store.counts(runs.runScheduled()).orElseThrow().due()).isZero();
    }

    @Test
    void aPersonNamedTwiceIsLookedUpAndSentToOnce() {
        var dee = People.active(UUID.randomUUID(), "Dee");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(dee)))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(dee)))));

        String id = startRun(People.json(Map.of("participantIds", List.of(dee.get("id"), dee.get("id")))));

        assertThat(DigestRunTest.awaitRun(id, "COMPLETED", "WAITING").getInt("due"))
                .isEqualTo(1);
        awaitSent(List.of(dee));
        others.verify(
                1,
                postRequestedFor(urlEqualTo("/participants/lookup"))
                        .withRequestBody(equalToJson("{\"ids\":[\"" + dee.get("id") + "\"]}")));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aForcedRunSendsOneMoreDigestCoveringWhatCameSinceTheLastOne() throws Exception {
        var eve = People.active(UUID.randomUUID(), "Eve");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(eve)))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(eve)))));
        String ids = People.json(Map.of("participantIds", List.of(eve.get("id"))));
        DigestRunTest.awaitRun(startRun(ids), "COMPLETED", "WAITING");
        Delivery first = awaitSent(List.of(eve)).get(0);

        // Not due again this period...
        assertThat(DigestRunTest.awaitRun(startRun(ids), "COMPLETED").getInt("due"))
                .isZero();
        // ...but forced, one more: with something new since (a digest with nothing new is skipped).
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.json(Map.of(
                        "items",
                        List.of(Map.of(
                                "participantId",
                                eve.get("id"),
                                "projectUpdates",
                                List.of(Map.of(
                                        "projectId", UUID.randomUUID().toString(),
                                        "projectName", "Crisis line",
                                        "title", "Funding confirmed",
                                        "body", "We have the money for next year.",
                                        "postedAt", "2027-03-25T10:00:00Z")))))))));
        String forced = startRun(People.json(Map.of("participantIds", List.of(eve.get("id")), "force", true)));
        JsonPath run = DigestRunTest.awaitRun(forced, "COMPLETED", "WAITING");

        assertThat(run.getBoolean("forced")).isTrue();
        assertThat(run.getInt("due")).isEqualTo(1);
        List<Delivery> both = awaitSent(List.of(eve), 2);
        Delivery extra =
                both.stream().filter(d -> !d.id.equals(first.id)).findFirst().orElseThrow();
        assertThat(extra.periodKey).isEqualTo("FORCED:" + forced);
        assertThat(extra.periodDate).isNull();
        assertThat(extra.contentSince).isEqualTo(first.contentUntil);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        // The second agenda call asked for what came after the first digest's content.
        others.verify(postRequestedFor(urlEqualTo("/agendas"))
                .withRequestBody(equalToJson(
                        "{\"participantIds\":[\"" + eve.get("id") + "\"],\"since\":\"" + first.contentUntil + "\"}")));
    }

    @Test
    void aForcedRunMadeDuringAnOutageWaitsAndGoesOutOnceWhenTheServiceIsBack() throws Exception {
        var fay = People.active(UUID.randomUUID(), "Fay");
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(aResponse().withStatus(503)));
        String forced = startRun(People.json(Map.of("participantIds", List.of(fay.get("id")), "force", true)));

        JsonPath waiting = DigestRunTest.awaitRun(forced, "QUEUED");
        assertThat(waiting.getString("error")).contains("participants-service is unavailable", "tried again");
        jobs.retryWaiting();
        assertThat(store.counts(UUID.fromString(forced)).orElseThrow().status()).isEqualTo("QUEUED");

        // participants-service is back: the retry job plans the run again and its digest goes out.
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(fay)))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(fay)))));
        jobs.retryWaiting();
        awaitSent(List.of(fay));
        assertThat(DigestRunTest.awaitRun(forced, "COMPLETED").getInt("sent")).isEqualTo(1);
        // Planned again or not, once is once.
        jobs.retryWaiting();
        assertThat(Deliveries.of(UUID.fromString((String) fay.get("id")))).hasSize(1);
    }

    private List<Delivery> awaitSent(List<Map<String, Object>> people) {
        return awaitSent(people, 1);
    }

    /** Sends the SMTP server dropped wait for the retry job, as they would in production. */
    private List<Delivery> awaitSent(List<Map<String, Object>> people, int each) {
        List<UUID> ids =
                people.stream().map(p -> UUID.fromString((String) p.get("id"))).toList();
        List<Delivery>[] found = new List[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    found[0] = ids.stream()
                            .flatMap(id -> Deliveries.of(id).stream())
                            .toList();
                    if (found[0].stream().anyMatch(d -> d.status == DeliveryStatus.PENDING)) {
                        jobs.retryWaiting();
                    }
                    assertThat(found[0])
                            .hasSize(ids.size() * each)
                            .allSatisfy(d -> assertThat(d.status).isEqualTo(DeliveryStatus.SENT));
                });
        return found[0];
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
                .extract()
                .path("id");
    }
}
