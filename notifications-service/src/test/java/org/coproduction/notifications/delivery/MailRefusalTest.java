package org.coproduction.notifications.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.RefusingSmtp;
import org.coproduction.platform.testing.PrometheusScrape;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, per-mail outcomes: an SMTP server that refuses one recipient for good (550 5.1.1) and keeps another busy
 * (450): the refused one is REJECTED after one attempt and never retried by the job, the busy one waits and is
 * retried until FAILED, and the other mails of the same chunk arrive.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
@QuarkusTestResource(value = RefusingSmtp.class, restrictToAnnotatedClass = true)
class MailRefusalTest {

    @InjectWireMock
    WireMockServer others;

    @Inject
    DeliveryRetryService jobs;

    @BeforeEach
    void reset() {
        others.resetAll();
        RefusingSmtp.clear();
    }

    @Test
    void aMailRefusedForGoodIsRejectedAtOnceWhileTheOthersOfItsChunkArrive() {
        var ada = People.active(UUID.randomUUID(), "Ada");
        var refused = People.active(UUID.randomUUID(), "Refused");
        var cy = People.active(UUID.randomUUID(), "Cy");
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(ada, refused, cy)))));
        PrometheusScrape before = PrometheusScrape.fetch();

        sendNotice(List.of(ada, refused, cy));

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    assertThat(RefusingSmtp.DELIVERED).contains(People.email(ada), People.email(cy));
                    assertThat(delivery(refused).getString("status")).isEqualTo("REJECTED");
                });
        JsonPath rejected = delivery(refused);
        assertThat(rejected.getInt("attempts")).isEqualTo(1);
        // The cause in plain words with the server's code, never the address.
        assertThat(rejected.getString("lastError"))
                .contains("550", "5.1.1", "no such mailbox")
                .doesNotContain("@", "refused-");
        assertThat(rejected.getString("nextAttemptAt")).isNull();
        assertThat(delivery(ada).getString("status")).isEqualTo("SENT");
        assertThat(delivery(cy).getString("status")).isEqualTo("SENT");

        // The retry job leaves it alone: asked once, and only once.
        jobs.retryWaiting();
        jobs.retryWaiting();
        assertThat(RefusingSmtp.asked(People.email(refused))).isEqualTo(1);
        assertThat(delivery(refused).getString("status")).isEqualTo("REJECTED");
        assertThat(RefusingSmtp.DELIVERED).hasSize(2);

        // The delivery log finds it by its status.
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", refused.get("id"))
                .queryParam("status", "REJECTED")
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));

        // A coordinator who put the address right may try it again: it is tried once more (and refused once more).
        String id = delivery(refused).getString("id");
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .post("/deliveries/" + id + "/retry")
                .then()
                .statusCode(202)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    // (A send the mail client timed out waits for the job, as in production.)
                    jobs.retryWaiting();
                    assertThat(RefusingSmtp.asked(People.email(refused))).isEqualTo(2);
                    assertThat(delivery(refused).getString("status")).isEqualTo("REJECTED");
                });
        assertThat(RefusingSmtp.DELIVERED).hasSize(2);

        // The metrics say the same: three queued, two sent, refused on both attempts, no digest.
        PrometheusScrape after = PrometheusScrape.fetch();
        assertThat(moved(before, after, "coproduction_notices_queued_total")).isEqualTo(3);
        assertThat(moved(before, after, DELIVERIES, "kind", "notice", "outcome", "sent"))
                .isEqualTo(2);
        assertThat(moved(before, after, DELIVERIES, "kind", "notice", "outcome", "rejected"))
                .isEqualTo(2);
        assertThat(moved(before, after, DELIVERIES, "kind", "digest", "outcome", "sent"))
                .isZero();
    }

    @Test
    void aMailTheServerCannotTakeNowIsTriedAgainWithBackoffUntilItsAttemptsAreUsedUp() {
        var busy = People.active(UUID.randomUUID(), "Busy");
        var dai = People.active(UUID.randomUUID(), "Dai");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(busy, dai)))));
        PrometheusScrape before = PrometheusScrape.fetch();

        sendNotice(List.of(busy, dai));

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    assertThat(RefusingSmtp.DELIVERED).contains(People.email(dai));
                    assertThat(delivery(busy).getInt("attempts")).isEqualTo(1);
                });
        JsonPath waiting = delivery(busy);
        assertThat(waiting.getString("status")).isEqualTo("PENDING");
        assertThat(waiting.getString("nextAttemptAt")).isNotNull();
        // The server's 450, in plain words; now and then the mail client times out a send before it reaches the server
        // (after a refusal, its next connection can stall until the send timeout), which waits the same way.
        assertThat(waiting.getString("lastError"))
                .containsAnyOf("450", "TimeoutException")
                .doesNotContain("@");
        // Waiting for its retry: in the queue's gauges, and counted as an attempt to retry.
        PrometheusScrape retrying = PrometheusScrape.fetch();
        assertThat(retrying.value("coproduction_delivery_queue_depth", "kind", "notice"))
                .isGreaterThanOrEqualTo(1);
        assertThat(retrying.value("coproduction_delivery_queue_oldest_age_seconds", "kind", "notice"))
                .isGreaterThan(0);
        assertThat(moved(before, retrying, DELIVERIES, "kind", "notice", "outcome", "retry"))
                .isEqualTo(1);
        assertThat(moved(before, retrying, DELIVERIES, "kind", "notice", "outcome", "sent"))
                .isEqualTo(1);

        // The test profile allows 3 attempts, 1 s apart at first: the job tries until they are used up.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    jobs.retryWaiting();
                    assertThat(delivery(busy).getString("status")).isEqualTo("FAILED");
                });
        assertThat(delivery(busy).getInt("attempts")).isEqualTo(3);
        // Retried twice, then failed on its last attempt; no longer waiting.
        PrometheusScrape after = PrometheusScrape.fetch();
        assertThat(moved(before, after, DELIVERIES, "kind", "notice", "outcome", "retry"))
                .isEqualTo(2);
        assertThat(moved(before, after, DELIVERIES, "kind", "notice", "outcome", "failed"))
                .isEqualTo(1);
        assertThat(after.value("coproduction_delivery_queue_depth", "kind", "notice"))
                .isZero();
        assertThat(after.value("coproduction_delivery_queue_oldest_age_seconds", "kind", "notice"))
                .isZero();
        // The server was asked on the attempts that reached it, and refused each with its 450 (an attempt the mail
        // client timed out before reaching the server counts as an attempt too).
        assertThat(RefusingSmtp.asked(People.email(busy))).isBetween(1L, 3L);
        assertThat(RefusingSmtp.RCPTS)
                .filteredOn(r -> r.address().equalsIgnoreCase(People.email(busy)))
                .isNotEmpty()
                .noneMatch(RefusingSmtp.Rcpt::accepted);
    }

    private static final String DELIVERIES = "coproduction_deliveries_total";

    private static double moved(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static void sendNotice(List<Map<String, Object>> people) {
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(People.json(Map.of(
                        "participantIds",
                        people.stream().map(p -> p.get("id")).toList(),
                        "kind",
                        "GENERAL",
                        "subject",
                        "Room change",
                        "body",
                        "We meet upstairs.")))
                .when()
                .post("/notices")
                .then()
                .statusCode(202);
    }

    private static JsonPath delivery(Map<String, Object> person) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", person.get("id"))
                .queryParam("kind", "NOTICE")
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("items[0]");
    }
}
