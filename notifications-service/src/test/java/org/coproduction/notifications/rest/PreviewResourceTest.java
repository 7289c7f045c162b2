package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

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
        given().auth().oauth2(TestTokens.participant(ownId))
                .when().get("/digests/preview/" + ownId)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"cy\">"), containsString("Helo Mo,"));
    }

    @Test
    void aParticipantMayNotPreviewSomeoneElsesNorLearnWhetherItExists() {
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID()))
                .when().get("/digests/preview/" + ownId)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:forbidden"))
                .body(not(containsString(ownId.toString().substring(0, 8) + "@")));
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID()))
                .when().get("/digests/preview/not-a-uuid")
                .then().statusCode(403);
    }

    @Test
    void aCoordinatorMayPreviewAnyoneAsText() {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("format", "text")
                .when().get("/digests/preview/" + ownId)
                .then().statusCode(200).contentType(containsString("text/plain"))
                .body(containsString("Helo Mo,"), not(containsString("<html")));
    }

    @Test
    void servicesAndAnonymousCallersMayNotPreview() {
        given().auth().oauth2(TestTokens.service("sessions-service")).when().get("/digests/preview/" + ownId).then().statusCode(403);
        given().when().get("/digests/preview/" + ownId).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badFormatUnknownPersonAndDownDependencyAreClearProblems() {
        given().auth().oauth2(TestTokens.coordinator()).queryParam("format", "pdf")
                .when().get("/digests/preview/" + ownId)
                .then().statusCode(400).body("errors.field", hasItem("format"));

        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of()))));
        given().auth().oauth2(TestTokens.coordinator())
                .when().get("/digests/preview/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");

        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(TestTokens.coordinator())
                .when().get("/digests/preview/" + ownId)
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:dependency-unavailable"))
                .body("detail", containsString("participants-service"));
    }
}
