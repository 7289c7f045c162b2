package org.coproduction.participants.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.participants.support.Bearer;
import org.coproduction.participants.support.InjectNotifications;
import org.coproduction.participants.support.OtherServicesWireMock;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No existence hints: a participant cannot name a mentor, and their own new address waits for confirmation. */
@QuarkusTest
class MentorAndEmailTest {

    @InjectNotifications
    WireMockServer notifications;

    @BeforeEach
    @AfterEach
    void othersAccept() {
        OtherServicesWireMock.acceptEverything(notifications);
    }

    private static Response patch(String token, UUID id, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/participants/" + id);
    }

    private static Response confirm(String token, UUID id, String confirmation) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("token", confirmation))
                .post("/participants/" + id + "/email-confirmations");
    }

    @Test
    void aParticipantNamingAnyMentorGetsTheSameRefusalWhetherTheIdExistsOrNot() {
        UUID id = register();
        UUID realMentor = register();
        String own = TestTokens.participant(id);
        String unknownDetail = assertProblem(
                        patch(
                                own,
                                id,
                                Map.of(
                                        "support",
                                        Map.of("mentorId", UUID.randomUUID().toString()))),
                        403,
                        "forbidden")
                .extract()
                .path("detail");
        String realDetail = assertProblem(
                        patch(own, id, Map.of("support", Map.of("mentorId", realMentor.toString()))), 403, "forbidden")
                .extract()
                .path("detail");
        assertThat(realDetail).isEqualTo(unknownDetail).doesNotContain(realMentor.toString());

        patch(own, id, Map.of("support", Map.of("wantsMentor", true)))
                .then()
                .statusCode(200)
                .body("support.wantsMentor", equalTo(true))
                .body("support.mentorId", nullValue());

        patch(TestTokens.coordinator(), id, Map.of("support", Map.of("mentorId", realMentor.toString())))
                .then()
                .statusCode(200)
                .body("support.mentorId", equalTo(realMentor.toString()));
        // Sending the mentor back unchanged is fine; removing it is not theirs to do either.
        patch(own, id, Map.of("pronouns", "they/them")).then().statusCode(200);
        assertProblem(patch(own, id, "{\"support\": {\"mentorId\": null}}"), 403, "forbidden");
    }

    @Test
    void aParticipantsNewAddressTakesEffectOnlyOnceConfirmedAndTheAnswerNeverSaysItIsTaken() throws Exception {
        UUID id = register();
        Map<String, Object> otherBody = valid();
        register(otherBody);
        String taken = (String) otherBody.get("email");
        String own = TestTokens.participant(id);
        String oldEmail = given().auth()
                .oauth2(own)
                .get("/participants/" + id)
                .then()
                .extract()
                .path("email");

        // A taken address gets the same answer as a free one.
        String newAddress = "fresh." + id + "@example.org";
        Response free = patch(own, id, Map.of("email", newAddress));
        free.then().statusCode(200).body("email", equalTo(oldEmail)).body("pendingEmail", equalTo(newAddress));
        patch(own, id, Map.of("email", taken))
                .then()
                .statusCode(200)
                .body("email", equalTo(oldEmail))
                .body("pendingEmail", equalTo(taken));

        List<LoggedRequest> sent = notifications.findAll(postRequestedFor(urlEqualTo("/email-confirmations")));
        assertThat(sent).hasSize(2);
        assertThat(Bearer.isServiceToken(sent.get(0).getHeader("Authorization")))
                .isTrue();
        JsonNode first = new ObjectMapper().readTree(sent.get(0).getBodyAsString());
        JsonNode second = new ObjectMapper().readTree(sent.get(1).getBodyAsString());
        assertThat(first.path("participantId").asText()).isEqualTo(id.toString());
        assertThat(first.path("address").asText()).isEqualTo(newAddress);
        assertThat(first.path("language").asText()).isEqualTo("en");
        assertThat(second.path("address").asText()).isEqualTo(taken);

        // The newer change replaced the older: its token no longer works.
        assertInvalidFields(confirm(own, id, first.path("token").asText()), "token");
        assertInvalidFields(confirm(own, id, "not-a-token"), "token");
        // Only now, to the holder of the link, is the clash told.
        assertProblem(confirm(own, id, second.path("token").asText()), 409, "conflict");

        notifications.resetRequests();
        patch(own, id, Map.of("email", newAddress)).then().statusCode(200);
        String token = new ObjectMapper()
                .readTree(notifications
                        .findAll(postRequestedFor(urlEqualTo("/email-confirmations")))
                        .get(0)
                        .getBodyAsString())
                .path("token")
                .asText();
        assertProblem(confirm(TestTokens.participant(register()), id, token), 403, "forbidden");
        confirm(own, id, token)
                .then()
                .statusCode(200)
                .body("email", equalTo(newAddress))
                .body("pendingEmail", nullValue());
        assertInvalidFields(confirm(own, id, token), "token");
    }

    @Test
    void theChangeStandsWhenNotificationsIsDown() {
        notifications.stubFor(
                post(urlEqualTo("/email-confirmations")).willReturn(aResponse().withStatus(503)));
        UUID id = register();
        patch(TestTokens.participant(id), id, Map.of("email", "later." + id + "@example.org", "pronouns", "xe"))
                .then()
                .statusCode(200)
                .body("pronouns", equalTo("xe"))
                .body("pendingEmail", equalTo("later." + id + "@example.org"));
    }

    @Test
    void coordinatorsChangeAddressesDirectlyAndHearOfClashes() {
        UUID id = register();
        Map<String, Object> otherBody = valid();
        register(otherBody);
        patch(TestTokens.coordinator(), id, Map.of("email", "direct." + id + "@example.org"))
                .then()
                .statusCode(200)
                .body("email", equalTo("direct." + id + "@example.org"))
                .body("pendingEmail", nullValue());
        assertProblem(patch(TestTokens.coordinator(), id, Map.of("email", otherBody.get("email"))), 409, "conflict");
        assertInvalidFields(
                given().auth()
                        .oauth2(TestTokens.coordinator())
                        .contentType(ContentType.JSON)
                        .body("{\"token\": \" \"}")
                        .post("/participants/" + id + "/email-confirmations"),
                "token");
    }
}
