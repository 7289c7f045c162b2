package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantResourceTest {

    private static io.restassured.specification.RequestSpecification asCoordinator() {
        return given().auth().oauth2(TestTokens.coordinator());
    }

    @Test
    void registersTheWholeRecordAndReadsItBack() {
        Map<String, Object> body = valid();
        String location = asCoordinator()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/participants")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0))
                .extract()
                .header("Location");

        asCoordinator()
                .when()
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo(body.get("name")))
                .body("preferredName", equalTo("Aisha"))
                .body("email", equalTo(body.get("email")))
                .body("timeZone", equalTo("Europe/London"))
                .body("accessNeeds.needs", contains("BSL_INTERPRETER", "STEP_FREE_ACCESS"))
                .body("accessNeeds.notes", equalTo("Seat near the door"))
                .body("financialSupport.paymentForTime", equalTo("WANTS_PAYMENT"))
                .body("financialSupport.childcare", equalTo(true))
                .body("financialSupport.dietaryRequirements", equalTo("vegetarian"))
                .body("language.interpretation", equalTo("bfi"))
                .body("language.plainLanguage", equalTo(true))
                .body("communication.digestDay", equalTo("MONDAY"))
                .body("availability.weekly[0].day", equalTo("MONDAY"))
                .body("availability.weekly[0].start", equalTo("18:00"))
                .body("availability.weekly[0].end", equalTo("20:30"))
                .body("availability.unavailable[0].from", equalTo("2027-04-01T00:00:00Z"))
                .body("availability.maxSessionsPerMonth", equalTo(4))
                .body("availability.minNoticeDays", equalTo(7))
                .body("support.trainingInterests", contains("FACILITATION"))
                .body("support.preference", equalTo("ONE_TO_ONE"))
                .body("consent.version", equalTo("2026-11"))
                .body("createdAt", notNullValue());
    }

    @Test
    void leftOutGroupsTakeTheirDefaults() {
        Map<String, Object> body = Map.of(
                "name",
                "Sam Lee",
                "email",
                "sam." + UUID.randomUUID() + "@example.org",
                "role",
                "PRACTITIONER",
                "timeZone",
                "Europe/Dublin");
        String id = asCoordinator()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/participants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asCoordinator()
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .body("accessNeeds.needs", empty())
                .body("financialSupport.paymentForTime", equalTo("WANTS_PAYMENT"))
                .body("language.preferred", equalTo("en"))
                .body("communication.digestFrequency", equalTo("WEEKLY"))
                .body("communication.format", equalTo("HTML"))
                .body("availability.weekly", empty())
                .body("availability.minNoticeDays", equalTo(0))
                .body("availability.maxSessionsPerMonth", nullValue())
                .body("support.preference", equalTo("NO_PREFERENCE"));
    }

    @Test
    void replaceWithCurrentETagChangesTheRecordAndTheVersion() {
        UUID id = register();
        Map<String, Object> read = asCoordinator()
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        read.put("organisation", "Carers Together");
        group(read, "communication").put("format", "LARGE_PRINT");

        // The GET answer goes back as it is: its read-only fields are accepted and ignored.
        asCoordinator()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(read)
                .when()
                .put("/participants/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("organisation", equalTo("Carers Together"))
                .body("communication.format", equalTo("LARGE_PRINT"))
                .body("version", equalTo(1));
    }

    @Test
    void replaceWithStaleETagIsRefusedAndChangesNothing() {
        UUID id = register();
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body("{\"organisation\": \"First\"}")
                .patch("/participants/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");

        Map<String, Object> body = valid();
        body.put("organisation", "Second");
        asCoordinator()
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/participants/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:precondition-failed"))
                .body("status", equalTo(412));

        asCoordinator()
                .get("/participants/" + id)
                .then()
                .body("organisation", equalTo("First"))
                .body("version", equalTo(1));
    }

    @Test
    void mergePatchChangesOnlyWhatItNamesAndNullRestoresTheDefault() {
        UUID id = register();
        asCoordinator()
                .contentType("application/merge-patch+json")
                .header("If-Match", "W/\"0\"")
                .body("{\"communication\": {\"digestFrequency\": \"MONTHLY\"}, \"pronouns\": null,"
                        + " \"availability\": {\"maxSessionsPerMonth\": null}}")
                .when()
                .patch("/participants/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("communication.digestFrequency", equalTo("MONTHLY"))
                .body("communication.digestDay", equalTo("MONDAY"))
                .body("pronouns", nullValue())
                .body("availability.maxSessionsPerMonth", nullValue())
                .body("availability.minNoticeDays", equalTo(7))
                .body("accessNeeds.needs", hasSize(2));
    }

    @Test
    void mergePatchWithStaleETagGets412() {
        UUID id = register();
        asCoordinator()
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"7\"")
                .body("{\"organisation\": \"X\"}")
                .when()
                .patch("/participants/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void mergePatchThatIsNotAnObjectOrNotJsonIs400() {
        UUID id = register();
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body("[1,2]")
                .patch("/participants/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body("{\"name\": ")
                .patch("/participants/" + id)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body("{\"nickname\": \"Ash\"}")
                .patch("/participants/" + id)
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("'nickname'"));
    }

    @Test
    void unknownIdIs404ForEveryVerb() {
        String path = "/participants/" + UUID.randomUUID();
        asCoordinator()
                .get(path)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:not-found"));
        asCoordinator()
                .contentType(ContentType.JSON)
                .body(valid())
                .put(path)
                .then()
                .statusCode(404);
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body("{}")
                .patch(path)
                .then()
                .statusCode(404);
        asCoordinator().delete(path).then().statusCode(404);
    }

    @Test
    void eraseRemovesTheRecord() {
        UUID id = register();
        asCoordinator().delete("/participants/" + id).then().statusCode(204);
        asCoordinator().get("/participants/" + id).then().statusCode(404);
    }

    @Test
    void duplicateEmailIsAConflictWhateverItsCase() {
        Map<String, Object> first = valid();
        register(first);
        Map<String, Object> second = valid();
        second.put("email", ((String) first.get("email")).toUpperCase());
        asCoordinator()
                .contentType(ContentType.JSON)
                .body(second)
                .post("/participants")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:conflict"))
                .body("detail", not(containsString((String) first.get("email"))));

        UUID other = register();
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body(Map.of("email", first.get("email")))
                .patch("/participants/" + other)
                .then()
                .statusCode(409);
    }

    @Test
    void listFiltersByRoleStatusNeedAndText() {
        String marker = "Zebedee" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> signer = valid();
        signer.put("name", marker + " Signer");
        signer.put("role", "FACILITATOR");
        UUID signerId = register(signer);
        Map<String, Object> paused = valid();
        paused.put("organisation", marker + " Trust");
        paused.put("status", "PAUSED");
        group(paused, "accessNeeds").put("needs", List.of("QUIET_SPACE"));
        UUID pausedId = register(paused);

        asCoordinator()
                .queryParam("q", marker.toLowerCase())
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("page", equalTo(0))
                .body("size", equalTo(50));
        asCoordinator()
                .queryParam("q", marker)
                .queryParam("role", "FACILITATOR")
                .get("/participants")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(signerId.toString()));
        asCoordinator()
                .queryParam("q", marker)
                .queryParam("status", "PAUSED")
                .get("/participants")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(pausedId.toString()));
        asCoordinator()
                .queryParam("q", marker)
                .queryParam("need", "BSL_INTERPRETER")
                .get("/participants")
                .then()
                .body("items.id", contains(signerId.toString()));
        asCoordinator()
                .queryParam("q", marker)
                .queryParam("need", "QUIET_SPACE")
                .queryParam("need", "BSL_INTERPRETER")
                .get("/participants")
                .then()
                .body("total", equalTo(0));
        asCoordinator()
                .queryParam("need", "BSL_INTERPRETER")
                .get("/participants")
                .then()
                .body("items.accessNeeds.needs", everyItem(hasItem("BSL_INTERPRETER")));
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        String marker = "Acc" + UUID.randomUUID().toString().substring(0, 6);
        UUID sian = registerNamed("Siân Evans " + marker, null, null);
        UUID llyr = registerNamed("Llŷr Jones " + marker, null, null);
        UUID zoe = registerNamed("Beth Martin " + marker, "Zoë " + marker, null);
        UUID cafe = registerNamed("Dai Price " + marker, null, "Café Ñandú " + marker);
        UUID plain = registerNamed("Sian Plain " + marker, null, null);
        String m = marker.toLowerCase();

        assertSearchFinds("sian evans " + m, sian);
        assertSearchFinds("LLYR JONES " + m, llyr);
        assertSearchFinds("zoe " + m, zoe);
        assertSearchFinds("cafe nandu " + m, cafe);
        // Accents in the search text are ignored too, and either spelling finds both people.
        assertSearchFinds("SIÂN EVANS " + m, sian);
        assertSearchFinds("siân plain " + m, plain);
        asCoordinator()
                .queryParam("q", "Siân")
                .queryParam("size", 200)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItems(sian.toString(), plain.toString()));
    }

    @Test
    void searchTakesLikeWildcardsLiterally() {
        String marker = "Wild" + UUID.randomUUID().toString().substring(0, 6);
        UUID percent = registerNamed(marker + " 100% sure", null, null);
        registerNamed(marker + " 1000 sure", null, null);
        UUID underscore = registerNamed(marker + " a_b", null, null);
        registerNamed(marker + " axb", null, null);
        UUID backslash = registerNamed(marker + " c\\d", null, null);
        registerNamed(marker + " cd", null, null);

        assertSearchFinds(marker + " 100%", percent);
        assertSearchFinds(marker + " a_b", underscore);
        assertSearchFinds(marker + " c\\d", backslash);
        // Fullwidth forms fold to '%', '_' and a backslash: still literal, never wildcards.
        assertSearchFinds(marker + " 100％", percent);
        assertSearchFinds(marker + " a＿b", underscore);
        asCoordinator()
                .queryParam("q", marker + " %")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        asCoordinator()
                .queryParam("q", marker + " _")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private static UUID registerNamed(String name, String preferredName, String organisation) {
        Map<String, Object> body = valid();
        body.put("name", name);
        body.put("preferredName", preferredName);
        body.put("organisation", organisation);
        return register(body);
    }

    private static void assertSearchFinds(String q, UUID expected) {
        asCoordinator()
                .queryParam("q", q)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(expected.toString()));
    }

    @Test
    void listPagesAreStableAndComplete() {
        String marker = "Pager" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = valid();
            body.put("name", marker + " " + i);
            register(body);
        }
        List<String> first = asCoordinator()
                .queryParam("q", marker)
                .queryParam("size", 2)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("items", hasSize(2))
                .extract()
                .path("items.name");
        List<String> third = asCoordinator()
                .queryParam("q", marker)
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get("/participants")
                .then()
                .body("items", hasSize(1))
                .extract()
                .path("items.name");
        org.assertj.core.api.Assertions.assertThat(first).containsExactly(marker + " 0", marker + " 1");
        org.assertj.core.api.Assertions.assertThat(third).containsExactly(marker + " 4");
    }

    @Test
    void listRefusesBadFiltersAndPageSizes() {
        asCoordinator()
                .queryParam("role", "BOSS")
                .queryParam("need", "WINGS")
                .queryParam("size", 500)
                .queryParam("page", -1)
                .get("/participants")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("role", "need", "size", "page"));
    }

    @Test
    void lookupAnswersManyIdsInOneCallAndListsMissing() {
        UUID a = register();
        UUID b = register();
        UUID unknown = UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(b, unknown, a, b)))
                .when()
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .body("items.id", contains(b.toString(), a.toString()))
                .body("missing", contains(unknown.toString()));
    }

    @Test
    void lookupRefusesNoIdsTooManyIdsAndBadIds() {
        asCoordinator()
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of()))
                .post("/participants/lookup")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        List<String> tooMany = java.util.stream.IntStream.range(0, 1001)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        asCoordinator()
                .contentType(ContentType.JSON)
                .body(Map.of("ids", tooMany))
                .post("/participants/lookup")
                .then()
                .statusCode(400);
        asCoordinator()
                .contentType(ContentType.JSON)
                .body("{\"ids\": [\"not-a-uuid\"]}")
                .post("/participants/lookup")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("'ids[0]'"));
    }

    @Test
    void serviceSeesListsButNeverOneRecordOrChanges() {
        UUID id = register();
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(1));
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .get("/participants/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .delete("/participants/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(valid())
                .post("/participants")
                .then()
                .statusCode(403);
    }
}
