package org.coproduction.portal.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.coproduction.platform.link.PortalLinks.Purpose;
import org.coproduction.portal.support.InjectWireMock;
import org.coproduction.portal.support.Portal;
import org.coproduction.portal.support.ServicesWireMock;
import org.coproduction.portal.support.Stubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opening a link starts a visit and changes nothing else; every link that must not open pages is refused with a plain
 * page, and the services hear nothing but a read of the person.
 */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class SignInTest {

    @InjectWireMock
    WireMockServer services;

    private final UUID person = UUID.randomUUID();

    @BeforeEach
    void reset() {
        services.resetAll();
    }

    @Test
    void aLinkStartsAVisitWithASafeCookieAndIsTakenOutOfTheAddress() {
        Portal.participantIs(services, person, Portal.participant(person, "ACTIVE", "en", "HTML"), 3);

        Response opened = given().redirects()
                .follow(false)
                .queryParam("link", Portal.link(person))
                .queryParam("answer", "NOT_COMING")
                .get("/coming-up/" + UUID.randomUUID());

        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.header("Location")).endsWith("?answer=NOT_COMING").doesNotContain("link=");
        String setCookie = opened.header("Set-Cookie");
        assertThat(setCookie).contains("portal_session=", "HttpOnly", "SameSite=Lax", "Path=/");
        // Opening the link read the person (to check they still take part) and did nothing else.
        services.verify(1, getRequestedFor(urlPathEqualTo("/participants/" + person)));
        assertThat(services.getAllServeEvents())
                .allMatch(e -> e.getRequest().getMethod().getName().equals("GET"));
        var token =
                Portal.claims(services.getAllServeEvents().get(0).getRequest().getHeader("Authorization"));
        assertThat(token.get("sub").asText()).isEqualTo(person.toString());
        assertThat(token.get("groups").toString()).isEqualTo("[\"participant\"]");
        assertThat(token.get("exp").asLong() - token.get("iat").asLong()).isLessThanOrEqualTo(300);
    }

    @Test
    void anAlteredLinkIsRefusedWithAPlainPage() {
        String link = Portal.link(person);
        String altered = link.substring(0, 10) + (link.charAt(10) == 'A' ? 'B' : 'A') + link.substring(11);

        given().queryParam("link", altered)
                .get("/coming-up")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .header("Set-Cookie", not(containsString("portal_session=ey")))
                .body(containsString("This link does not work"), containsString("not complete"));
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anExpiredLinkIsRefusedAndOffersANewOne() {
        String old = Portal.linkIssuedAgo(person, Duration.ofDays(15));

        given().queryParam("link", old)
                .get("/hear")
                .then()
                .statusCode(410)
                .body(containsString("too old"), containsString("action=\"/link\""));
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aLinkForAnotherPurposeIsRefused() {
        String unsubscribe = Portal.LINKS.sign(person, Purpose.UNSUBSCRIBE);

        given().queryParam("link", unsubscribe).get("/coming-up").then().statusCode(403);
    }

    @Test
    void theLinkOfAnErasedPersonOpensNothing() {
        // An erased person's tokens are refused by every service (401): their links open nothing.
        services.stubFor(get(urlPathEqualTo("/participants/" + person))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":401,\"title\":\"Unauthorized\"}")));

        given().queryParam("link", Portal.link(person))
                .get("/coming-up")
                .then()
                .statusCode(403)
                .body(containsString("no longer opens"));
    }

    @Test
    void theFirstPageOfAVisitRecordsItOnceAsThePersonButOpeningTheLinkAloneDoesNot() {
        Stubs stubs = new Stubs(services).everything("en", "HTML");
        String visits = "/participants/" + stubs.person + "/portal-visits";

        Response opened = given().redirects()
                .follow(false)
                .queryParam("link", Portal.link(stubs.person))
                .get("/coming-up");
        assertThat(opened.statusCode()).isEqualTo(303);
        // A mail scanner opening the link gets this far and no further: that is no visit.
        services.verify(0, postRequestedFor(urlPathEqualTo(visits)));

        Response first = given().redirects()
                .follow(false)
                .cookie("portal_session", opened.getCookie("portal_session"))
                .get(opened.header("Location"));
        first.then().statusCode(200);
        services.verify(1, postRequestedFor(urlPathEqualTo(visits)));
        var token = Portal.claims(services.findAll(postRequestedFor(urlPathEqualTo(visits)))
                .get(0)
                .getHeader("Authorization"));
        assertThat(token.get("sub").asText()).isEqualTo(stubs.person.toString());
        assertThat(token.get("groups").toString()).isEqualTo("[\"participant\"]");

        given().cookie("portal_session", first.getCookie("portal_session"))
                .get("/coming-up")
                .then()
                .statusCode(200);
        services.verify(1, postRequestedFor(urlPathEqualTo(visits)));
    }

    @Test
    void aVisitThatCannotBeRecordedGoesAheadAndIsNotAskedAgainOnEveryPage() {
        Stubs stubs = new Stubs(services).everything("en", "HTML");
        String visits = "/participants/" + stubs.person + "/portal-visits";
        services.stubFor(
                post(urlPathEqualTo(visits)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        String cookie = Portal.signIn(Portal.link(stubs.person));
        services.verify(1, postRequestedFor(urlPathEqualTo(visits)));
        given().cookie("portal_session", cookie)
                .get("/coming-up")
                .then()
                .statusCode(200)
                .body(containsString("Planning the new crisis line"));

        services.stubFor(post(urlPathEqualTo(visits))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":503,\"title\":\"Service Unavailable\"}")));
        Portal.signIn(Portal.link(stubs.person));
        services.verify(2, postRequestedFor(urlPathEqualTo(visits)));
    }

    @Test
    void theLinkOfSomeoneWhoLeftOpensNothing() {
        Portal.participantIs(services, person, Portal.participant(person, "WITHDRAWN", "en", "HTML"), 3);

        given().queryParam("link", Portal.link(person))
                .get("/coming-up")
                .then()
                .statusCode(403)
                .body(containsString("no longer opens"));
    }

    @Test
    void withoutAVisitAPageAsksForALinkAndAForgedCookieIsNoVisit() {
        given().get("/needs").then().statusCode(401).body(containsString("Email me a link"));
        given().cookie("portal_session", "eyJmb28iOiJiYXIifQ.c2lnbmF0dXJl")
                .get("/coming-up")
                .then()
                .statusCode(401);
        services.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theFrontPageOffersALinkByEmailAndSaysTheSameWhateverTheAddress() {
        services.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/sign-in-links"))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"If we know this address, a link is on its way.\"}")));

        given().get("/").then().statusCode(200).body(containsString("<form method=\"post\" action=\"/link\""));
        String known = given().formParam("email", "aisha@example.org")
                .post("/link")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String unknown = given().formParam("email", "nobody@example.org")
                .post("/link")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(known).isEqualTo(unknown).contains("Check your email");
        given().formParam("email", "not an address")
                .post("/link")
                .then()
                .statusCode(400)
                .body(containsString("href=\"#email\""), containsString("aria-invalid=\"true\""));
    }
}
