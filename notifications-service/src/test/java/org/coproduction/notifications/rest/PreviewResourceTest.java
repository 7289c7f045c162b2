package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.render.TimeText;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class PreviewResourceTest {

    @InjectWireMock
    WireMockServer others;

    private final UUID ownId = UUID.randomUUID();

    @BeforeEach
    void stubs() {
        others.resetAll();
        var me = People.person(ownId, "Mo", "cy", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(me)))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(me)))));
    }

    @Test
    void aParticipantPreviewsTheirOwnDigest() {
        given().auth()
                .oauth2(TestTokens.participant(ownId))
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"cy\">"), containsString("Helo Mo,"));
    }

    @Test
    void aParticipantMayNotPreviewSomeoneElsesNorLearnWhetherItExists() {
        given().auth()
                .oauth2(TestTokens.participant(UUID.randomUUID()))
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:forbidden"))
                .body(not(containsString(ownId.toString().substring(0, 8) + "@")));
        given().auth()
                .oauth2(TestTokens.participant(UUID.randomUUID()))
                .when()
                .get("/digests/preview/not-a-uuid")
                .then()
                .statusCode(403);
    }

    @Test
    void aCoordinatorMayPreviewAnyoneAsText() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("format", "text")
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("Helo Mo,"), not(containsString("<html")));
    }

    @Test
    void servicesAndAnonymousCallersMayNotPreview() {
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(403);
        given().when().get("/digests/preview/" + ownId).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badFormatUnknownPersonAndDownDependencyAreClearProblems() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("format", "pdf")
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("format"));

        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of()))));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .get("/digests/preview/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(aResponse().withStatus(503)));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:dependency-unavailable"))
                .body("detail", containsString("participants-service"));
    }

    @Test
    void thePreviewShowsWhatHappenedSinceTheLastDigestAndClaimsNothing() {
        UUID annId = UUID.randomUUID();
        var ann = People.person(annId, "Ann", "en", "Europe/London", "FORTNIGHTLY", "HTML", "ACTIVE");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(ann)))));
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.json(Map.of(
                        "items",
                        List.of(Map.of(
                                "participantId",
                                annId.toString(),
                                "projectUpdates",
                                List.of(Map.of(
                                        "projectName",
                                        "Better Services",
                                        "title",
                                        "Funding confirmed",
                                        "body",
                                        "The council confirmed funding.",
                                        "postedAt",
                                        "2026-11-20T10:00:00Z")))))))));
        Instant lookBack = Instant.now().minus(Duration.ofDays(14));
        String since = new TimeText(ZoneId.of("Europe/London"), Locale.ENGLISH, "to").date(lookBack);

        given().auth()
                .oauth2(TestTokens.participant(annId))
                .queryParam("format", "HTML")
                .when()
                .get("/digests/preview/" + annId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(
                        containsString("Hello Ann,"),
                        containsString("Funding confirmed"),
                        containsString("The council confirmed funding."),
                        containsString("every two weeks on Monday"),
                        containsString("Here is what has happened since " + since));
        // A first digest looks back the configured fortnight; nothing was claimed or sent to show it.
        others.verify(postRequestedFor(urlEqualTo("/agendas")).withRequestBody(containing(annId.toString())));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", annId)
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void thePreviewNamesOwnersAndMembersFromTheLookupAndShowsTheReadersVersion() {
        UUID annId = UUID.randomUUID();
        var ann = People.person(annId, "Ann", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .withRequestBody(containing(annId.toString()))
                .willReturn(okJson(People.lookup(List.of(ann)))));
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.json(Map.of(
                        "items",
                        List.of(Map.of(
                                "participantId", ownId.toString(),
                                "openActions",
                                        List.of(Map.of(
                                                "actionId",
                                                UUID.randomUUID().toString(),
                                                "ownerId",
                                                annId.toString(),
                                                "sessionTitle",
                                                "Planning",
                                                "description",
                                                "Book the room",
                                                "language",
                                                "en",
                                                "versions",
                                                List.of(Map.of(
                                                        "language",
                                                        "cy",
                                                        "plain",
                                                        true,
                                                        "description",
                                                        "Archebu ystafell")))),
                                "projects",
                                        List.of(Map.of(
                                                "projectId",
                                                UUID.randomUUID().toString(),
                                                "name",
                                                "Crisis line",
                                                "purpose",
                                                "Make calling easier",
                                                "memberIds",
                                                List.of(annId.toString(), ownId.toString()))))))))));

        given().auth()
                .oauth2(TestTokens.participant(ownId))
                .queryParam("format", "text")
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(200)
                // Mo reads Welsh and asked for plain language: the plain Welsh version, owned by Ann.
                .body(
                        containsString("* Archebu ystafell (o Planning). Mae Ann yn gwneud hyn."),
                        containsString("Pwy sy'n rhan ohono: Ann a Mo"),
                        not(containsString("Book the room")));
    }

    @Test
    void anEmptyFormatIsTheFormattedPreviewAndTextMayBeAskedInAnyCase() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("format", "")
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"cy\">"));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("format", " TEXT ")
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(200)
                .contentType(containsString("text/plain"))
                .body(not(containsString("<html")));
    }

    @Test
    void sessionsServiceDownIsA503NamingIt() {
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(aResponse().withStatus(503)));

        given().auth()
                .oauth2(TestTokens.participant(ownId))
                .when()
                .get("/digests/preview/" + ownId)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("30"))
                .body("type", equalTo("urn:coproduction:problem:dependency-unavailable"))
                .body("detail", containsString("sessions-service"))
                .body(not(containsString("Helo Mo")));
    }
}
