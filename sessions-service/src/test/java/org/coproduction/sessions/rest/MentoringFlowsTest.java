package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** GET /mentoring/suggestions (issue 14): who could mentor someone, asked of participants-service and counted here. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class MentoringFlowsTest extends ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    final UUID aisha = People.person("Aisha")
            .trainingInterests("FACILITATION", "PUBLIC_SPEAKING")
            .register();
    /** Shares one interest, has one mentee. */
    final UUID mo = People.person("Mo")
            .offersMentoring()
            .trainingInterests("FACILITATION")
            .register();
    /** Shares both interests, no mentees. */
    final UUID ola = People.person("Ola")
            .offersMentoring()
            .trainingInterests("PUBLIC_SPEAKING", "FACILITATION")
            .role("PRACTITIONER")
            .register();
    /** Shares both, but already supports three people. */
    final UUID nia = People.person("Nia")
            .offersMentoring()
            .trainingInterests("FACILITATION")
            .register();
    /** Speaks Welsh. */
    final UUID cy = People.person("Cy")
            .offersMentoring()
            .trainingInterests("FACILITATION")
            .preferredLanguage("cy")
            .register();
    /** Offered, shares an interest, but has come to no more sessions than Aisha. */
    final UUID new1 = People.person("Newcomer")
            .offersMentoring()
            .trainingInterests("FACILITATION")
            .register();

    void everyoneButTheNewcomerCameToASession() {
        String project = createProject(aisha, mo, ola, nia, cy, new1);
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(7).toString();
        String session = asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", day + "T17:00:00Z", day + "T18:00:00Z", mo, ola, nia, cy))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asCoordinator()
                .body(Map.of("attended", List.of(mo, ola, nia, cy)))
                .put("/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
    }

    void participantsServiceLists(List<UUID> offered, Map<UUID, Integer> mentees) {
        ObjectNode page = JSON.createObjectNode();
        offered.forEach(id -> page.withArray("items").add(People.json(id)));
        page.put("page", 0).put("size", 200).put("total", offered.size());
        WireMockServers.participants()
                .stubFor(get(urlPathEqualTo("/participants"))
                        .withQueryParam("offersMentoring", WireMock.equalTo("true"))
                        .withQueryParam("status", WireMock.equalTo("ACTIVE"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(page.toString())));
        mentees.forEach((mentor, count) -> WireMockServers.participants()
                .stubFor(get(urlPathEqualTo("/participants"))
                        .withQueryParam("mentorId", WireMock.equalTo(mentor.toString()))
                        .withQueryParam("size", WireMock.equalTo("1"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"items\":[],\"page\":0,\"size\":1,\"total\":" + count + "}"))));
    }

    @Test
    void mostSharedInterestsFirstLeavingOutTheFullTheOtherLanguageAndTheLessExperienced() {
        everyoneButTheNewcomerCameToASession();
        participantsServiceLists(List.of(mo, ola, nia, cy, new1, aisha), Map.of(mo, 1, ola, 0, nia, 3));

        asCoordinator()
                .queryParam("participantId", aisha)
                .get("/mentoring/suggestions")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.mentorId", equalTo(List.of(ola.toString(), mo.toString())))
                .body("items[0].sharedInterests", equalTo(List.of("FACILITATION", "PUBLIC_SPEAKING")))
                .body("items[0].language", equalTo("en"))
                .body("items[0].sessionsAttended", equalTo(1))
                .body("items[0].mentees", equalTo(0))
                .body("items[0].capacity", equalTo(3))
                .body("items[1].sharedInterests", equalTo(List.of("FACILITATION")))
                .body("items[1].mentees", equalTo(1))
                .body("items[1].capacity", equalTo(2));

        // Mentees are counted only for those who pass every other test: never for Cy or the newcomer.
        WireMockServers.participants()
                .verify(
                        0,
                        getRequestedFor(urlPathEqualTo("/participants"))
                                .withQueryParam("mentorId", WireMock.equalTo(cy.toString())));
        WireMockServers.participants()
                .verify(
                        0,
                        getRequestedFor(urlPathEqualTo("/participants"))
                                .withQueryParam("mentorId", WireMock.equalTo(new1.toString())));
    }

    @Test
    void candidatesAreAskedForWithThisServicesOwnTokenNotTheCoordinators() {
        everyoneButTheNewcomerCameToASession();
        participantsServiceLists(List.of(mo), Map.of(mo, 0));

        asCoordinator()
                .queryParam("participantId", aisha)
                .get("/mentoring/suggestions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));

        List<LoggedRequest> asked =
                WireMockServers.participants().findAll(getRequestedFor(urlPathEqualTo("/participants")));
        assertThat(asked).hasSize(2);
        for (LoggedRequest request : asked) {
            String claims = new String(
                    Base64.getUrlDecoder()
                            .decode(request.getHeader("Authorization").split("\\.")[1]),
                    StandardCharsets.UTF_8);
            assertThat(claims).contains("\"groups\":[\"service\"]").contains("\"sub\":\"sessions-service\"");
        }
    }

    @Test
    void nobodyOffered() {
        participantsServiceLists(List.of(), Map.of());
        asCoordinator()
                .queryParam("participantId", aisha)
                .get("/mentoring/suggestions")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void participantIdIsRequiredAndMustBeKnown() {
        Problems.assertInvalidFields(asCoordinator().get("/mentoring/suggestions"), "participantId");
        Problems.assertProblem(
                asCoordinator().queryParam("participantId", UUID.randomUUID()).get("/mentoring/suggestions"),
                404,
                "not-found");
    }

    @Test
    void participantsServiceDownIs503() {
        WireMockServers.participants()
                .stubFor(get(urlPathEqualTo("/participants"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Problems.assertProblem(
                asCoordinator().queryParam("participantId", aisha).get("/mentoring/suggestions"),
                503,
                "dependency-unavailable");
    }

    @Test
    void onlyCoordinators() {
        Problems.assertProblem(
                asParticipant(aisha).queryParam("participantId", aisha).get("/mentoring/suggestions"),
                403,
                "forbidden");
    }
}
