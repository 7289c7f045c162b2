package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduction.platform.testing.Problems.assertProblem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.delivery.compose.DeliveryComposer;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
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

/** The delivery log as ops use it: filtered and paged reading, and asking for one delivery to be tried again. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class DeliveryLogEndpointTest {

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    private final UUID person = UUID.randomUUID();

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void aPersonsDeliveriesAreListedNewestFirstAndFilteredByStatusAndKind() {
        Delivery sent = Deliveries.digest(person, DeliveryStatus.SENT, Duration.ofMinutes(50));
        Delivery failed = Deliveries.digest(person, DeliveryStatus.FAILED, Duration.ofMinutes(40));
        Delivery skipped = Deliveries.asNotice(
                Deliveries.digest(person, DeliveryStatus.SKIPPED, Duration.ofMinutes(30)),
                Deliveries.storedNotice("Room change", "We meet upstairs."));
        Delivery waiting = Deliveries.asNotice(
                Deliveries.digest(person, DeliveryStatus.PENDING, Duration.ofMinutes(20)),
                Deliveries.storedNotice("Room change again", "We meet downstairs."));
        Delivery claimed = Deliveries.digest(person, DeliveryStatus.CLAIMED, Duration.ofMinutes(10));
        Delivery someoneElses = Deliveries.digest(UUID.randomUUID(), DeliveryStatus.FAILED, Duration.ofMinutes(5));
        Deliveries.store(sent, failed, skipped, waiting, claimed, someoneElses);

        JsonPath all = list(Map.of()).jsonPath();
        assertThat(all.getInt("total")).isEqualTo(5);
        assertThat(all.getList("items.id")).containsExactly(ids(claimed, waiting, skipped, failed, sent));
        assertThat(all.getList("items.participantId")).containsOnly(person.toString());

        assertThat(list(Map.of("status", "FAILED")).jsonPath().getList("items.id"))
                .containsExactly(ids(failed));
        assertThat(list(Map.of("kind", "NOTICE")).jsonPath().getList("items.id"))
                .containsExactly(ids(waiting, skipped));
        assertThat(list(Map.of("kind", "DIGEST", "status", "SENT")).jsonPath().getList("items.id"))
                .containsExactly(ids(sent));
        assertThat(list(Map.of("kind", "NOTICE", "status", "SENT")).jsonPath().getInt("total"))
                .isZero();
    }

    @Test
    void eachLineSaysWhatBecameOfTheDeliveryButNeverWhatItSaid() {
        Delivery failed = Deliveries.digest(person, DeliveryStatus.FAILED, Duration.ofMinutes(40));
        Delivery waiting = Deliveries.asNotice(
                Deliveries.digest(person, DeliveryStatus.PENDING, Duration.ofMinutes(20)),
                Deliveries.storedNotice("Private subject", "A private body."));
        Deliveries.store(failed, waiting);

        Response answer = list(Map.of());
        JsonPath page = answer.jsonPath();

        assertThat(page.getString("items[1].kind")).isEqualTo("DIGEST");
        assertThat(page.getString("items[1].status")).isEqualTo("FAILED");
        assertThat(page.getInt("items[1].attempts")).isEqualTo(3);
        assertThat(page.getString("items[1].lastError")).isEqualTo("SMTP: ConnectException: Connection refused");
        assertThat(page.getString("items[1].period")).isEqualTo(failed.periodKey);
        // A final delivery has no next attempt; a waiting one says when it will be tried.
        assertThat(page.getString("items[1].nextAttemptAt")).isNull();
        assertThat(Instant.parse(page.getString("items[0].nextAttemptAt"))).isAfter(Instant.now());
        assertThat(page.getString("items[0].noticeId")).isEqualTo(waiting.noticeId.toString());
        assertThat(answer.asString()).doesNotContain("Private subject", "A private body.");
    }

    @Test
    void theLogIsPagedWithTheTotalOnEveryPage() {
        Delivery[] five = new Delivery[5];
        for (int i = 0; i < five.length; i++) {
            five[i] = Deliveries.digest(person, DeliveryStatus.SENT, Duration.ofMinutes(50 - i));
        }
        Deliveries.store(five);

        JsonPath first = list(Map.of("size", "2")).jsonPath();
        JsonPath second = list(Map.of("size", "2", "page", "1")).jsonPath();
        JsonPath last = list(Map.of("size", "2", "page", "2")).jsonPath();
        JsonPath beyond = list(Map.of("size", "2", "page", "3")).jsonPath();

        assertThat(first.getList("items.id")).containsExactly(ids(five[4], five[3]));
        assertThat(second.getList("items.id")).containsExactly(ids(five[2], five[1]));
        assertThat(last.getList("items.id")).containsExactly(ids(five[0]));
        assertThat(beyond.getList("items")).isEmpty();
        for (JsonPath page : List.of(first, second, last, beyond)) {
            assertThat(page.getInt("total")).isEqualTo(5);
            assertThat(page.getInt("size")).isEqualTo(2);
        }
        assertThat(second.getInt("page")).isEqualTo(1);
        // Without paging parameters: the first page of the default size.
        JsonPath defaults = list(Map.of()).jsonPath();
        assertThat(defaults.getInt("page")).isZero();
        assertThat(defaults.getInt("size")).isEqualTo(50);
    }

    @Test
    void aSentDeliveryIsNeverSentTwiceAndOneInFlightIsLeftAlone() {
        Delivery sent = Deliveries.digest(person, DeliveryStatus.SENT, Duration.ofMinutes(50));
        Delivery claimed = Deliveries.digest(person, DeliveryStatus.CLAIMED, Duration.ofMinutes(40));
        Delivery sending = Deliveries.digest(person, DeliveryStatus.SENDING, Duration.ofMinutes(30));
        Deliveries.store(sent, claimed, sending);

        Response again = retry(sent.id);
        assertProblem(again, 409, "conflict");
        assertThat(again.jsonPath().getString("detail"))
                .startsWith("This delivery was already sent (at ")
                .endsWith("); it is never sent twice.");
        for (Delivery inFlight : List.of(claimed, sending)) {
            Response busy = retry(inFlight.id);
            assertProblem(busy, 409, "conflict");
            assertThat(busy.jsonPath().getString("detail"))
                    .isEqualTo("This delivery is being sent right now; look at it again in a minute.");
            assertThat(Deliveries.find(inFlight.id).status).isEqualTo(inFlight.status);
        }
        assertThat(Deliveries.find(sent.id).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSkippedDigestTriedAgainGoesOutOnceThePersonCanBeReached() throws Exception {
        var reachable = People.active(person, "Rhys");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(reachable)))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(reachable)))));
        Delivery skipped = Deliveries.digest(person, DeliveryStatus.SKIPPED, Duration.ofMinutes(30));
        skipped.lastError = "participant has no email address";
        Deliveries.store(skipped);

        JsonPath queued = retry(skipped.id).then().statusCode(202).extract().jsonPath();

        assertThat(queued.getString("id")).isEqualTo(skipped.id.toString());
        assertThat(queued.getString("status")).isEqualTo("PENDING");
        assertThat(queued.getInt("attempts")).isZero();
        awaitStatus(skipped.id, DeliveryStatus.SENT);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(Mailbox.recipient(message)).isEqualTo(People.email(reachable));
        assertThat(message.getHeader(DeliveryComposer.DELIVERY_HEADER, null)).isEqualTo(skipped.id.toString());
        assertThat(Mailbox.partOfType(message, "text/plain")).contains("Hello Rhys,", "the work goes on");
        Delivery done = Deliveries.find(skipped.id);
        assertThat(done.attempts).isEqualTo(1);
        assertThat(done.lastError).isNull();
        assertThat(done.sentAt).isNotNull();
    }

    @Test
    void aNoticeWaitingForItsNextAttemptIsTriedAtOnce() throws Exception {
        var reachable = People.active(person, "Nia");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(reachable)))));
        Delivery waiting = Deliveries.asNotice(
                Deliveries.digest(person, DeliveryStatus.PENDING, Duration.ofMinutes(20)),
                Deliveries.storedNotice("Room change", "We meet upstairs.\n\nThe lift is on the left."));
        waiting.attempts = 2;
        Deliveries.store(waiting);

        retry(waiting.id).then().statusCode(202);

        awaitStatus(waiting.id, DeliveryStatus.SENT);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Room change");
        assertThat(Mailbox.partOfType(message, "text/html"))
                .contains("<p>We meet upstairs.</p>", "<p>The lift is on the left.</p>");
        // A fresh allowance: the attempts made before the retry no longer count.
        assertThat(Deliveries.find(waiting.id).attempts).isEqualTo(1);
    }

    @Test
    void onlyCoordinatorsMayTryAgain() {
        Delivery failed = Deliveries.digest(person, DeliveryStatus.FAILED, Duration.ofMinutes(40));
        Deliveries.store(failed);

        assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(person))
                        .when()
                        .post("/deliveries/" + failed.id + "/retry"),
                403,
                "forbidden");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.service("sessions-service"))
                        .when()
                        .post("/deliveries/" + failed.id + "/retry"),
                403,
                "forbidden");
        assertProblem(given().when().post("/deliveries/" + failed.id + "/retry"), 401, "unauthorized");
        assertThat(Deliveries.find(failed.id).status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(Deliveries.find(failed.id).attempts).isEqualTo(3);
    }

    private Response list(Map<String, String> filters) {
        RequestSpecification request =
                given().auth().oauth2(TestTokens.coordinator()).queryParam("participantId", person);
        filters.forEach(request::queryParam);
        Response answer = request.when().get("/deliveries");
        answer.then().statusCode(200);
        return answer;
    }

    private static Response retry(UUID id) {
        return given().auth().oauth2(TestTokens.coordinator()).when().post("/deliveries/" + id + "/retry");
    }

    private static void awaitStatus(UUID id, DeliveryStatus status) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(Deliveries.find(id).status).isEqualTo(status));
    }

    private static Object[] ids(Delivery... deliveries) {
        return Arrays.stream(deliveries).map(d -> d.id.toString()).toArray();
    }
}
