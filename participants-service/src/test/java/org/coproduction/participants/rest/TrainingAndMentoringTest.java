package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Training interests from the vocabulary, offers to mentor, when people asked, and finding mentors and mentees. */
@QuarkusTest
class TrainingAndMentoringTest {

    private static Response patch(String token, UUID id, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/participants/" + id);
    }

    private static JsonPath read(UUID id) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Instant instant(JsonPath record, String path) {
        String value = record.getString(path);
        return value == null ? null : Instant.parse(value);
    }

    @Test
    void registeringWithInterestsStartsTheWaitForTrainingButNotForAMentor() {
        Instant before = Instant.now().minusSeconds(1);
        UUID id = register();
        JsonPath record = read(id);
        assertThat(instant(record, "support.trainingAskedAt")).isAfter(before);
        assertThat(record.getString("support.mentorAskedAt")).isNull();
        assertThat(record.getBoolean("support.offersMentoring")).isFalse();
        assertThat(record.getString("support.trainingNotes")).isNull();
    }

    @Test
    void aParticipantSetsTheirOwnLearningAndMentoringWishesAndTheServiceNotesWhenTheyAsked() {
        Map<String, Object> body = valid();
        group(body, "support").put("trainingInterests", List.of());
        UUID id = register(body);
        assertThat(read(id).getString("support.trainingAskedAt")).isNull();
        String own = TestTokens.participant(id);

        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> support = new HashMap<>();
        support.put("trainingInterests", List.of("PEER_SUPPORT", "SAFEGUARDING"));
        support.put("wantsMentor", true);
        support.put("offersMentoring", true);
        support.put("trainingNotes", "Bookkeeping for our group\nand minute taking");
        patch(own, id, Map.of("support", support))
                .then()
                .statusCode(200)
                .body("support.trainingInterests", contains("PEER_SUPPORT", "SAFEGUARDING"))
                .body("support.offersMentoring", equalTo(true))
                .body("support.wantsMentor", equalTo(true))
                .body("support.trainingNotes", equalTo("Bookkeeping for our group\nand minute taking"));
        JsonPath asked = read(id);
        Instant trainingAsked = instant(asked, "support.trainingAskedAt");
        Instant mentorAsked = instant(asked, "support.mentorAskedAt");
        assertThat(trainingAsked).isAfter(before);
        assertThat(mentorAsked).isAfter(before);

        // Changing a standing request does not restart the wait.
        patch(own, id, Map.of("support", Map.of("trainingInterests", List.of("GOVERNANCE"))))
                .then()
                .statusCode(200)
                .body("support.trainingAskedAt", equalTo(trainingAsked.toString()))
                .body("support.mentorAskedAt", equalTo(mentorAsked.toString()));

        // Withdrawn requests have no time; asking again starts a new wait.
        patch(own, id, Map.of("support", Map.of("trainingInterests", List.of(), "wantsMentor", false)))
                .then()
                .statusCode(200)
                .body("support.trainingAskedAt", nullValue())
                .body("support.mentorAskedAt", nullValue())
                .body("support.offersMentoring", equalTo(true));
        patch(own, id, Map.of("support", Map.of("wantsMentor", true)))
                .then()
                .statusCode(200)
                .body("support.trainingAskedAt", nullValue());
        assertThat(instant(read(id), "support.mentorAskedAt")).isAfter(mentorAsked);
    }

    @Test
    void theTimesOfAskingAreReadOnlyWhateverAClientSendsBack() {
        UUID id = register();
        Map<String, Object> record = given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        String trainingAsked = group(record, "support").get("trainingAskedAt").toString();
        group(record, "support").put("trainingAskedAt", "2000-01-01T00:00:00Z");
        group(record, "support").put("mentorAskedAt", "2000-01-01T00:00:00Z");
        given().auth()
                .oauth2(TestTokens.participant(id))
                .contentType(ContentType.JSON)
                .body(record)
                .put("/participants/" + id)
                .then()
                .statusCode(200)
                .body("support.trainingAskedAt", equalTo(trainingAsked))
                .body("support.mentorAskedAt", nullValue());
        patch(TestTokens.coordinator(), id, Map.of("support", Map.of("mentorAskedAt", "2000-01-01T00:00:00Z")))
                .then()
                .statusCode(200)
                .body("support.mentorAskedAt", nullValue());
    }

    @Test
    void interestsOutsideTheVocabularyAreRefusedOnPatchTooNamingTheField() {
        UUID id = register();
        Response response = patch(
                TestTokens.participant(id),
                id,
                Map.of("support", Map.of("trainingInterests", List.of("GOVERNANCE", "BASKET_WEAVING"))));
        assertInvalidFields(response, "support.trainingInterests[1]");
        assertThat(response.jsonPath().getString("errors[0].message")).contains("FACILITATION");
        assertThat(read(id).getList("support.trainingInterests")).containsExactly("FACILITATION");
    }

    @Test
    void coordinatorsFindWhoOffersToMentorAndAMentorsMentees() {
        String marker = "Mentoring" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> mentorBody = valid();
        mentorBody.put("organisation", marker);
        group(mentorBody, "support").put("offersMentoring", true);
        UUID mentor = register(mentorBody);
        Map<String, Object> menteeBody = valid();
        menteeBody.put("organisation", marker);
        group(menteeBody, "support").put("mentorId", mentor.toString());
        UUID mentee = register(menteeBody);

        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("q", marker)
                .queryParam("offersMentoring", "true")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.id", contains(mentor.toString()));
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .queryParam("q", marker)
                .queryParam("offersMentoring", "false")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.id", contains(mentee.toString()));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("mentorId", mentor.toString())
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(mentee.toString()))
                .body("items[0].support.mentorId", notNullValue());
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("mentorId", UUID.randomUUID().toString())
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void badMentoringFiltersAreA400NamingEach() {
        assertInvalidFields(
                given().auth()
                        .oauth2(TestTokens.coordinator())
                        .queryParam("offersMentoring", "yes")
                        .queryParam("mentorId", "not-a-uuid")
                        .get("/participants"),
                "mentorId",
                "offersMentoring");
    }
}
