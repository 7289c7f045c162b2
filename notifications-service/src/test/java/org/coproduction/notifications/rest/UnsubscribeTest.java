package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.notifications.config.PortalConfig;
import org.coproduction.notifications.digest.unsubscribe.Unsubscribes;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.link.PortalLinks;
import org.coproduction.platform.link.PortalLinks.Purpose;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every digest carries the RFC 8058 one-click unsubscribe and a link to "How I hear from you"; the POST stops digests. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class UnsubscribeTest {

    private static final Pattern UNSUBSCRIBE_ADDRESS =
            Pattern.compile("^<http://localhost:8083(/unsubscribe/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+))>$");
    private static final String SERVICE = TestTokens.service("participants-service");

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    Unsubscribes unsubscribes;

    @Inject
    PortalConfig portal;

    @Inject
    DeliveryRetryService jobs;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void aDigestCarriesBothHeadersAndTheFooterLinkAndAPostToTheAddressStopsTheNextDigest() throws Exception {
        var una = People.person(UUID.randomUUID(), "Una", "cy", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        UUID id = UUID.fromString((String) una.get("id"));
        stub(una);

        JsonPath first = runAndAwait(id);
        assertThat(first.getInt("sent")).isEqualTo(1);
        MimeMessage mail = Mailbox.byRecipient(smtp.getReceivedMessages()).get(People.email(una));
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String address = mail.getHeader("List-Unsubscribe")[0];
        Matcher m = UNSUBSCRIBE_ADDRESS.matcher(address);
        assertThat(m.matches()).as(address).isTrue();
        String path = m.group(1);
        String token = m.group(2);
        String html = Mailbox.partOfType(mail, "text/html");
        String text = Mailbox.partOfType(mail, "text/plain");
        // Welsh reader: the footer in Welsh, linking to their own page, signed in by a SIGN_IN link of theirs.
        assertThat(html)
                .contains("<a href=\"http://localhost:8084/hear?link=", "Sut rydw i&#39;n clywed gennych chi")
                .doesNotContain("atebwch yr e-bost hwn");
        assertThat(text).contains("http://localhost:8084/hear?link=");
        String signIn = text.substring(text.indexOf("/hear?link=") + "/hear?link=".length())
                .lines()
                .findFirst()
                .orElseThrow();
        PortalLinks links = new PortalLinks(portal.linkKey(), Clock.systemUTC());
        assertThat(links.verify(signIn, Purpose.SIGN_IN).participantId()).isEqualTo(id);
        assertThat(links.verify(token, Purpose.UNSUBSCRIBE).participantId()).isEqualTo(id);

        // Opening the address (a mail scanner, or the person) shows a button and changes nothing.
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("<form method=\"post\" action=\"" + token + "\">"))
                .body(containsString("Stop my digests"))
                .body(containsString("Stopio fy nghrynodebau"));
        assertThat(unsubscribes.since(id)).isEmpty();

        // The POST a mail program sends (RFC 8058), with no bearer token.
        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .when()
                .post(path)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("You will get no more digests"))
                .body(containsString("Fyddwch chi ddim yn cael rhagor o grynodebau"));
        assertThat(unsubscribes.since(id)).isPresent();
        // Again, or empty: still fine, and the first time is kept.
        var at = unsubscribes.since(id).orElseThrow();
        given().when().post(path).then().statusCode(200);
        assertThat(unsubscribes.since(id)).contains(at);

        smtp.purgeEmailFromAllMailboxes();
        JsonPath next = runAndAwait(id);
        assertThat(next.getInt("sent")).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // Part of their export; gone at erasure.
        given().auth()
                .oauth2(SERVICE)
                .get("/exports/" + id)
                .then()
                .statusCode(200)
                .body("unsubscribedAt", org.hamcrest.Matchers.notNullValue());
        given().auth()
                .oauth2(SERVICE)
                .contentType(ContentType.JSON)
                .body("{\"participantId\":\"" + id + "\"}")
                .post("/erasures")
                .then()
                .statusCode(204);
        assertThat(unsubscribes.since(id)).isEmpty();
        // An erased person's link is refused, and nothing is recorded again.
        given().when().post(path).then().statusCode(400);
        assertThat(unsubscribes.since(id)).isEmpty();
    }

    @Test
    void anAlteredExpiredOrWrongPurposeLinkIsRefusedWithAPlainPageAndNothingChanges() {
        UUID id = UUID.randomUUID();
        PortalLinks links = new PortalLinks(portal.linkKey(), Clock.systemUTC());
        String good = links.sign(id, Purpose.UNSUBSCRIBE);
        String altered = good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA");
        String wrongPurpose = links.sign(id, Purpose.SIGN_IN);
        var issued = java.time.Instant.now().minus(Duration.ofDays(400));
        String expired =
                links.sign(new PortalLinks.Link(id, Purpose.UNSUBSCRIBE, issued, issued.plus(Duration.ofDays(365))));
        String otherKey = new PortalLinks("not-our-key", Clock.systemUTC()).sign(id, Purpose.UNSUBSCRIBE);

        for (String token : List.of(altered, wrongPurpose, expired, otherKey, "not-a-token")) {
            given().when()
                    .get("/unsubscribe/" + token)
                    .then()
                    .statusCode(400)
                    .contentType(containsString("text/html"))
                    .body(containsString("This link does not work"))
                    .body(containsString("Dydy'r ddolen hon ddim yn gweithio"))
                    .body(not(containsString("<form")));
            given().contentType(ContentType.URLENC)
                    .formParam("List-Unsubscribe", "One-Click")
                    .when()
                    .post("/unsubscribe/" + token)
                    .then()
                    .statusCode(400)
                    .body(containsString("Nothing has changed"));
        }
        assertThat(unsubscribes.since(id)).isEmpty();
    }

    private void stub(Map<String, Object> person) {
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(person)))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(person)))));
    }

    private JsonPath runAndAwait(UUID id) {
        String runId = given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(People.json(Map.of("participantIds", List.of(id.toString()), "force", true)))
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    last[0] = given().auth()
                            .oauth2(TestTokens.coordinator())
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
}
