package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** PUT replaces, PATCH merges; ETags guard both; participants change only their own record; erasure. */
@QuarkusTest
class ParticipantChangeTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static RequestSpecification asCoordinator() {
        return as(TestTokens.coordinator());
    }

    private static Map<String, Object> read(UUID id) {
        return asCoordinator()
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    private static Response patch(String token, UUID id, String body) {
        return as(token).contentType(MERGE_PATCH).body(body).patch("/participants/" + id);
    }

    private static Response put(String token, UUID id, Object body) {
        return as(token).contentType(ContentType.JSON).body(body).put("/participants/" + id);
    }

    /** The record without what every change moves on (version, updatedAt) and what the change named. */
    private static Map<String, Object> withoutChanging(Map<String, Object> record, String... fields) {
        Map<String, Object> rest = new HashMap<>(record);
        rest.remove("version");
        rest.remove("updatedAt");
        for (String field : fields) {
            rest.remove(field);
        }
        return rest;
    }

    @Test
    void putReplacesTheWholeRecordGroupsLeftOutTakeTheirDefaultsButStatusStays() {
        Map<String, Object> body = valid();
        body.put("status", "PAUSED");
        UUID id = register(body);

        Map<String, Object> replacement = new HashMap<>(Map.of(
                "name", "Sam Lee", "email", body.get("email"), "role", "PRACTITIONER", "timeZone", "Europe/Dublin"));
        put(TestTokens.coordinator(), id, replacement)
                .then()
                .statusCode(200)
                .body("name", equalTo("Sam Lee"))
                .body("role", equalTo("PRACTITIONER"))
                .body("status", equalTo("PAUSED"))
                .body("preferredName", nullValue())
                .body("phone", nullValue())
                .body("organisation", nullValue())
                .body("accessNeeds.needs", empty())
                .body("accessNeeds.notes", nullValue())
                .body("financialSupport.childcare", equalTo(false))
                .body("financialSupport.dietaryRequirements", nullValue())
                .body("language.interpretation", nullValue())
                .body("language.plainLanguage", equalTo(false))
                .body("availability.weekly", empty())
                .body("availability.unavailable", empty())
                .body("availability.maxSessionsPerMonth", nullValue())
                .body("availability.minNoticeDays", equalTo(0))
                .body("support.trainingInterests", empty())
                .body("support.preference", equalTo("NO_PREFERENCE"));
        Map<String, Object> stored = read(id);
        assertThat(stored.get("organisation")).isNull();
        assertThat(stored).containsEntry("name", "Sam Lee").containsEntry("version", 1);
    }

    @Test
    void patchChangesOnlyWhatItNamesAndMergesNestedGroupsMemberByMember() {
        UUID id = register();
        Map<String, Object> before = read(id);

        patch(TestTokens.coordinator(), id, "{\"organisation\": \"Carers Together\"}")
                .then()
                .statusCode(200);
        Map<String, Object> after = read(id);
        assertThat(after).containsEntry("organisation", "Carers Together").containsEntry("version", 1);
        assertThat(withoutChanging(after, "organisation")).isEqualTo(withoutChanging(before, "organisation"));

        patch(
                        TestTokens.coordinator(),
                        id,
                        "{\"financialSupport\": {\"travel\": false},"
                                + " \"availability\": {\"weekly\": [{\"day\": \"SUNDAY\", \"start\": \"14:00\", \"end\": \"16:00\"}]}}")
                .then()
                .statusCode(200)
                .body("financialSupport.travel", equalTo(false))
                .body("financialSupport.childcare", equalTo(true))
                .body("financialSupport.dietaryRequirements", equalTo("vegetarian"))
                // A list is replaced whole; the members of its group that were not named stay.
                .body("availability.weekly.day", contains("SUNDAY"))
                .body("availability.unavailable[0].reason", equalTo("holiday"))
                .body("availability.minNoticeDays", equalTo(7));
    }

    @Test
    void patchingAGroupToNullRestoresItsDefaultsAndARequiredFieldToNullIsRefused() {
        UUID id = register();
        patch(TestTokens.coordinator(), id, "{\"accessNeeds\": null, \"support\": null}")
                .then()
                .statusCode(200)
                .body("accessNeeds.needs", empty())
                .body("accessNeeds.notes", nullValue())
                .body("support.preference", equalTo("NO_PREFERENCE"))
                .body("version", equalTo(1));

        assertInvalidFields(
                patch(TestTokens.coordinator(), id, "{\"name\": null, \"consent\": {\"givenAt\": null}}"),
                "consent",
                "name");
        assertThat(read(id)).containsEntry("version", 1).containsKey("name");
        // Leaving consent out of a change keeps it as recorded.
        patch(TestTokens.coordinator(), id, "{\"consent\": null}").then().statusCode(200);
        assertThat(group(read(id), "consent")).containsEntry("version", "2026-11");
    }

    @Test
    void eachChangeMovesTheETagOnAndAStaleOneIsRefusedWithoutChangingAnything() {
        UUID id = register();
        asCoordinator().get("/participants/" + id).then().header("ETag", "\"0\"");
        patch(TestTokens.coordinator(), id, "{\"pronouns\": \"they/them\"}")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        asCoordinator()
                .get("/participants/" + id)
                .then()
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));

        Map<String, Object> current = read(id);
        current.put("pronouns", "he/him");
        asCoordinator()
                .contentType(ContentType.JSON)
                .header("If-Match", "W/\"1\"")
                .body(current)
                .put("/participants/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");

        Response stale = asCoordinator()
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"pronouns\": \"she/her\"}")
                .patch("/participants/" + id);
        assertProblem(stale, 412, "precondition-failed");
        assertThat(read(id)).containsEntry("pronouns", "he/him").containsEntry("version", 2);

        // "*" asks for no particular version: the change applies to whatever is there.
        asCoordinator()
                .contentType(MERGE_PATCH)
                .header("If-Match", "*")
                .body("{\"pronouns\": \"ze/zir\"}")
                .patch("/participants/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"");
        asCoordinator()
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(read(id))
                .put("/participants/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"4\"");
    }

    @Test
    void createdAtStaysAndUpdatedAtMovesOn() {
        UUID id = register();
        Map<String, Object> before = read(id);
        assertThat(before.get("updatedAt")).isEqualTo(before.get("createdAt"));
        Map<String, Object> after = patch(TestTokens.coordinator(), id, "{\"pronouns\": \"they/them\"}")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        assertThat(after.get("createdAt")).isEqualTo(before.get("createdAt"));
        assertThat(Instant.parse((String) after.get("updatedAt")))
                .isAfter(Instant.parse((String) before.get("createdAt")));
        assertThat(read(id)).containsEntry("updatedAt", after.get("updatedAt"));
    }

    @Test
    void aRecordMayKeepItsOwnEmailInAnyCaseButNotTakeAnothers() {
        Map<String, Object> body = valid();
        UUID id = register(body);
        String upper = ((String) body.get("email")).toUpperCase();
        body.put("email", upper);
        put(TestTokens.coordinator(), id, body).then().statusCode(200).body("email", equalTo(upper));

        Map<String, Object> other = valid();
        register(other);
        body.put("email", other.get("email"));
        assertProblem(put(TestTokens.coordinator(), id, body), 409, "conflict");
        assertThat(read(id)).containsEntry("email", upper);
    }

    @Test
    void aBodyOfJsonNullIsRefused() {
        UUID id = register();
        assertProblem(put(TestTokens.coordinator(), id, "null"), 400, "malformed-request")
                .body("detail", containsString("JSON object"));
        assertProblem(
                asCoordinator().contentType(ContentType.JSON).body("null").post("/participants"),
                400,
                "malformed-request");
        assertThat(read(id)).containsEntry("version", 0);
    }

    @Test
    void aParticipantMaySendTheirRecordBackWithOrWithoutStatus() {
        UUID me = register();
        String token = TestTokens.participant(me);
        Map<String, Object> mine = as(token)
                .get("/participants/" + me)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        mine.put("pronouns", "they/them");
        put(token, me, mine)
                .then()
                .statusCode(200)
                .body("pronouns", equalTo("they/them"))
                .body("version", equalTo(1));

        mine.remove("status");
        mine.put("organisation", "Own Words");
        put(token, me, mine)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("organisation", equalTo("Own Words"));
        // Naming the role they already have is no change of role.
        patch(token, me, "{\"role\": \"LIVED_EXPERIENCE\", \"status\": \"ACTIVE\"}")
                .then()
                .statusCode(200);
    }

    @Test
    void aParticipantMayNotChangeTheirRoleByReplacingTheRecord() {
        UUID me = register();
        String token = TestTokens.participant(me);
        Map<String, Object> mine =
                as(token).get("/participants/" + me).then().extract().as(Map.class);
        mine.put("role", "COORDINATOR");
        assertProblem(put(token, me, mine), 403, "forbidden").body("detail", containsString("role or status"));
        assertThat(read(me))
                .containsEntry("role", "LIVED_EXPERIENCE")
                .containsEntry("status", "ACTIVE")
                .containsEntry("version", 0);

        // A coordinator may change both.
        patch(TestTokens.coordinator(), me, "{\"role\": \"FACILITATOR\", \"status\": \"WITHDRAWN\"}")
                .then()
                .statusCode(200)
                .body("role", equalTo("FACILITATOR"))
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aParticipantTokenThatNamesNoParticipantReachesNobody() {
        UUID someone = register();
        String token = TestTokens.sign("not-a-participant-id", "participant");
        assertProblem(as(token).get("/participants/" + someone), 403, "forbidden");
        assertProblem(patch(token, someone, "{\"pronouns\": \"x\"}"), 403, "forbidden");
        assertThat(read(someone)).containsEntry("version", 0);
    }

    @Test
    void erasureLeavesMenteesWithoutAMentorAndTheIdUnknownEverywhere() {
        UUID mentor = register();
        Map<String, Object> mentee = valid();
        group(mentee, "support").put("mentorId", mentor.toString());
        UUID menteeId = register(mentee);
        assertThat(group(read(menteeId), "support")).containsEntry("mentorId", mentor.toString());

        asCoordinator().delete("/participants/" + mentor).then().statusCode(204);

        asCoordinator()
                .get("/participants/" + menteeId)
                .then()
                .statusCode(200)
                .body("support.mentorId", nullValue())
                .body("support.preference", equalTo("ONE_TO_ONE"));
        assertProblem(asCoordinator().delete("/participants/" + mentor), 404, "not-found");
        assertProblem(asCoordinator().get("/participants/" + mentor), 404, "not-found")
                .body("detail", equalTo("No participant is registered with id " + mentor + "."));
        assertProblem(patch(TestTokens.coordinator(), mentor, "{\"pronouns\": \"x\"}"), 404, "not-found");
        asCoordinator()
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(mentor, menteeId)))
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .body("items.id", contains(menteeId.toString()))
                .body("missing", contains(mentor.toString()));
        // Nobody can be given the erased person as a mentor again.
        Response refused =
                patch(TestTokens.coordinator(), menteeId, "{\"support\": {\"mentorId\": \"" + mentor + "\"}}");
        assertInvalidFields(refused, "support.mentorId");
        refused.then().body("errors[0].message", equalTo("no participant is registered with this id"));
    }
}
