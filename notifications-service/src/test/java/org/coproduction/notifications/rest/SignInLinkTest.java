package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.config.PortalConfig;
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

/** A fresh sign-in link by email address: no token, the same answer whatever the address, a mail only to the known. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class SignInLinkTest {

    private static final String ANSWER =
            "If this email address is registered with us, we have sent a link to it. The link works for 14 days.";

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    PortalConfig portal;

    @Inject
    DeliveryRetryService jobs;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void aRegisteredPersonGetsAFreshLinkInTheirLanguageAtTheirRegisteredAddress() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "NEVER", "LARGE_PRINT", "PAUSED");
        stubFound(aisha);
        stubFound(gwen);

        // Typed in another case: the same person (participants-service matches ignoring case).
        ask(People.email(aisha).toUpperCase(Locale.ROOT));
        ask(People.email(gwen));

        awaitMessages(2);
        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        PortalLinks links = new PortalLinks(portal.linkKey(), Clock.systemUTC());
        for (var person : List.of(aisha, gwen)) {
            MimeMessage message = mail.get(People.email(person));
            assertThat(message).as("mail to %s", person.get("preferredName")).isNotNull();
            String text = Mailbox.partOfType(message, "text/plain");
            String prefix = "http://localhost:8084/?link=";
            assertThat(text).contains(prefix);
            String token = text.substring(text.indexOf(prefix) + prefix.length())
                    .lines()
                    .findFirst()
                    .orElseThrow()
                    .strip();
            assertThat(links.verify(token, Purpose.SIGN_IN).participantId())
                    .isEqualTo(UUID.fromString((String) person.get("id")));
        }
        MimeMessage toAisha = mail.get(People.email(aisha));
        assertThat(toAisha.getSubject()).isEqualTo("Your link to your pages");
        assertThat(Mailbox.partOfType(toAisha, "text/plain"))
                .contains("Hello Aisha,", "You asked for a new link to your pages", "14 days");
        MimeMessage toGwen = mail.get(People.email(gwen));
        assertThat(toGwen.getSubject()).isEqualTo("Eich dolen i'ch tudalennau");
        assertThat(Mailbox.partOfType(toGwen, "text/plain"))
                .contains("Helo Gwen,", "Gofynnoch chi am ddolen newydd")
                .doesNotContain("You asked");

        // Recorded like any other mail: a SIGN_IN_LINK delivery in the log, sent.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.coordinator())
                        .queryParam("participantId", aisha.get("id"))
                        .queryParam("kind", "SIGN_IN_LINK")
                        .get("/deliveries")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].status", equalTo("SENT")));
    }

    @Test
    void anUnknownWithdrawnOrUnreachableAddressGetsTheSameAnswerAndNoMail() throws Exception {
        var wyn = People.person(UUID.randomUUID(), "Wyn", "en", "Europe/London", "WEEKLY", "HTML", "WITHDRAWN");
        stubFound(wyn);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("email", WireMock.equalTo(unknown))
                .willReturn(okJson(People.page(List.of(), 0, 1, 0))));
        String down = "down-" + UUID.randomUUID() + "@example.org";
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("email", WireMock.equalTo(down))
                .willReturn(aResponse().withStatus(503)));

        ask(People.email(wyn));
        ask(unknown);
        ask(down);

        // Each was looked up (in the background, after the answer)...
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (String address : List.of(People.email(wyn), unknown, down)) {
                assertThat(others.findAll(getRequestedFor(urlPathEqualTo("/participants"))
                                .withQueryParam("email", WireMock.equalTo(address))))
                        .isNotEmpty();
            }
        });
        // ... and nobody was mailed (the unreachable one is logged without its address, not queued).
        org.awaitility.Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> smtp.getReceivedMessages().length == 0);
        jobs.retryWaiting();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", wyn.get("id"))
                .get("/deliveries")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aMissingInvalidOrOverLongAddressIsA400ProblemNamingTheField() {
        assertInvalidFields(given().contentType(ContentType.JSON).body("{}").post("/sign-in-links"), "email");
        assertInvalidFields(
                given().contentType(ContentType.JSON)
                        .body("{\"email\":\"not-an-address\"}")
                        .post("/sign-in-links"),
                "email");
        assertInvalidFields(
                given().contentType(ContentType.JSON)
                        .body("{\"email\":\"" + "a".repeat(310) + "@example.org\"}")
                        .post("/sign-in-links"),
                "email");
        others.verify(0, getRequestedFor(urlPathEqualTo("/participants")));
    }

    @Test
    void noTokenIsNeededAndTheOpenApiDocumentSaysSo() {
        var doc = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> op = doc.getMap("paths.'/sign-in-links'.post");
        assertThat(op).containsEntry("operationId", "requestSignInLink");
        assertThat((List<?>) op.get("security")).isEmpty();
        assertThat(doc.getMap("paths.'/sign-in-links'.post.responses").keySet())
                .contains("202", "400", "429")
                .doesNotContain("401", "403");
    }

    private void stubFound(Map<String, Object> person) {
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("email", WireMock.equalToIgnoreCase(People.email(person)))
                .willReturn(okJson(People.page(List.of(person), 0, 1, 1))));
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(person)))));
    }

    private static void ask(String email) {
        given().contentType(ContentType.JSON)
                .body(People.json(Map.of("email", email)))
                .when()
                .post("/sign-in-links")
                .then()
                .statusCode(202)
                .body("message", equalTo(ANSWER));
    }

    private void awaitMessages(int count) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (smtp.getReceivedMessages().length < count) {
                        jobs.retryWaiting();
                    }
                    return smtp.getReceivedMessages().length >= count;
                });
    }
}
