package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The list (filters, paging, order) and the lookup, as coordinators and other services use them. */
@QuarkusTest
class ParticipantListTest {

    private static RequestSpecification asCoordinator() {
        return given().auth().oauth2(TestTokens.coordinator());
    }

    private static String marker(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static UUID registerAs(String name, String role, String status, List<String> needs) {
        Map<String, Object> body = valid();
        body.put("name", name);
        body.put("role", role);
        body.put("status", status);
        group(body, "accessNeeds").put("needs", needs);
        return register(body);
    }

    @Test
    void listIsOrderedByNameThenIdWhateverTheOrderOfRegistration() {
        String m = marker("Ord");
        UUID charlie = registerAs(m + " Charlie", "PRACTITIONER", null, List.of());
        UUID alpha = registerAs(m + " Alpha", "PRACTITIONER", null, List.of());
        List<UUID> twins = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            twins.add(registerAs(m + " Bravo", "PRACTITIONER", null, List.of()));
        }
        // PostgreSQL orders uuids byte by byte, which is the order of their lower-case text.
        twins.sort(Comparator.comparing(UUID::toString));
        List<String> expected = new ArrayList<>();
        expected.add(alpha.toString());
        twins.forEach(id -> expected.add(id.toString()));
        expected.add(charlie.toString());

        List<String> ids = asCoordinator()
                .queryParam("q", m)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .extract()
                .path("items.id");
        assertThat(ids).containsExactlyElementsOf(expected);

        // Page by page, one at a time, the same order and nobody twice.
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            paged.addAll(asCoordinator()
                    .queryParam("q", m)
                    .queryParam("size", 1)
                    .queryParam("page", page)
                    .get("/participants")
                    .then()
                    .statusCode(200)
                    .body("page", equalTo(page))
                    .body("size", equalTo(1))
                    .body("total", equalTo(5))
                    .extract()
                    .<List<String>>path("items.id"));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void aPagePastTheEndIsEmptyButStillCountsEveryone() {
        String m = marker("End");
        registerAs(m + " One", "PRACTITIONER", null, List.of());
        registerAs(m + " Two", "PRACTITIONER", null, List.of());
        asCoordinator()
                .queryParam("q", m)
                .queryParam("page", 7)
                .queryParam("size", 2)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(2))
                .body("page", equalTo(7))
                .body("size", equalTo(2));
        asCoordinator()
                .queryParam("q", m)
                .queryParam("page", 1_000_000)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(2));
    }

    @Test
    void pageSizeDefaultsTo50AndMayBeFrom1To200() {
        asCoordinator()
                .get("/participants")
                .then()
                .statusCode(200)
                .body("size", equalTo(50))
                .body("page", equalTo(0));
        asCoordinator()
                .queryParam("size", 200)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("size", equalTo(200));
        asCoordinator()
                .queryParam("size", 1)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        for (String bad : List.of("0", "201", "-5", "ten")) {
            Map<String, Object> problem = asCoordinator()
                    .queryParam("size", bad)
                    .get("/participants")
                    .then()
                    .statusCode(400)
                    .extract()
                    .path("errors[0]");
            assertThat(problem)
                    .containsEntry("field", "size")
                    .containsEntry("message", "must be a whole number from 1 to 200");
        }
        assertInvalidFields(asCoordinator().queryParam("page", 1_000_001).get("/participants"), "page");
    }

    @Test
    void filtersCombineWithAndEveryNeedMustMatch() {
        String m = marker("Flt");
        UUID activeFacilitator = registerAs(m + " A", "FACILITATOR", null, List.of("CAPTIONS", "HEARING_LOOP"));
        UUID withdrawnFacilitator = registerAs(m + " B", "FACILITATOR", "WITHDRAWN", List.of("CAPTIONS"));
        UUID pausedCoordinator = registerAs(m + " C", "COORDINATOR", "PAUSED", List.of("HEARING_LOOP", "CAPTIONS"));
        UUID livedExperience = registerAs(m + " D", "LIVED_EXPERIENCE", null, List.of());

        assertFound(Map.of("role", "FACILITATOR"), m, activeFacilitator, withdrawnFacilitator);
        assertFound(Map.of("role", "COORDINATOR"), m, pausedCoordinator);
        assertFound(Map.of("role", "PRACTITIONER"), m);
        assertFound(Map.of("status", "ACTIVE"), m, activeFacilitator, livedExperience);
        assertFound(Map.of("status", "WITHDRAWN"), m, withdrawnFacilitator);
        assertFound(Map.of("role", "FACILITATOR", "status", "ACTIVE"), m, activeFacilitator);
        assertFound(Map.of("need", "CAPTIONS"), m, activeFacilitator, withdrawnFacilitator, pausedCoordinator);
        asCoordinator()
                .queryParam("q", m)
                .queryParam("need", "HEARING_LOOP", "CAPTIONS")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.id", contains(activeFacilitator.toString(), pausedCoordinator.toString()));
        asCoordinator()
                .queryParam("q", m)
                .queryParam("need", "HEARING_LOOP")
                .queryParam("role", "COORDINATOR")
                .queryParam("status", "PAUSED")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.id", contains(pausedCoordinator.toString()));
        // A blank search text is no filter at all.
        asCoordinator()
                .queryParam("q", "   ")
                .queryParam("need", "CAPTIONS")
                .queryParam("role", "COORDINATOR")
                .queryParam("status", "PAUSED")
                .queryParam("size", 200)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(pausedCoordinator.toString()));
    }

    private static void assertFound(Map<String, String> filters, String marker, UUID... expected) {
        List<String> ids = asCoordinator()
                .queryParams(filters)
                .queryParam("q", marker)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(expected.length))
                .extract()
                .path("items.id");
        assertThat(ids)
                .containsExactly(
                        java.util.Arrays.stream(expected).map(UUID::toString).toArray(String[]::new));
    }

    @Test
    void searchLooksInNamePreferredNameAndOrganisationButNowhereElse() {
        String m = marker("Where").toLowerCase();
        Map<String, Object> byName = valid();
        byName.put("name", "Name " + m);
        Map<String, Object> byPreferred = valid();
        byPreferred.put("preferredName", "Pref " + m);
        Map<String, Object> byOrganisation = valid();
        byOrganisation.put("organisation", "Org " + m);
        Map<String, Object> onlyInNotes = valid();
        group(onlyInNotes, "accessNeeds").put("notes", "note " + m);
        onlyInNotes.put("pronouns", m);
        onlyInNotes.put("email", m + "@example.org");
        UUID a = register(byName);
        UUID b = register(byPreferred);
        UUID c = register(byOrganisation);
        register(onlyInNotes);

        List<String> ids = asCoordinator()
                .queryParam("q", "  " + m.toUpperCase() + " ")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .extract()
                .path("items.id");
        assertThat(ids).containsExactlyInAnyOrder(a.toString(), b.toString(), c.toString());
    }

    @Test
    void unknownFilterValuesAreNamedWithWhatIsAllowed() {
        Map<String, Object> error = asCoordinator()
                .queryParam("status", "active")
                .get("/participants")
                .then()
                .statusCode(400)
                .extract()
                .path("errors[0]");
        assertThat(error)
                .containsEntry("field", "status")
                .containsEntry("message", "must be one of ACTIVE, PAUSED, WITHDRAWN");
        assertInvalidFields(
                asCoordinator().queryParam("need", "CAPTIONS", "WINGS").get("/participants"), "need");
    }

    @Test
    void emailFindsTheOnePersonRegisteredWithThatAddressIgnoringCaseOnlyForCoordinatorsAndServices() {
        Map<String, Object> body = valid();
        String email = "Email.Filter." + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
        body.put("email", email);
        UUID person = register(body);
        register();

        asCoordinator()
                .queryParam("email", email.toLowerCase(java.util.Locale.ROOT))
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(person.toString()));
        given().auth()
                .oauth2(TestTokens.service("notifications-service"))
                .queryParam("email", "  " + email.toUpperCase(java.util.Locale.ROOT) + " ")
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.id", contains(person.toString()));
        // Exact: part of the address, or a LIKE wildcard, finds nobody.
        asCoordinator()
                .queryParam("email", email.substring(1))
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
        asCoordinator()
                .queryParam("email", "%" + email.substring(1))
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items", empty());

        assertInvalidFields(asCoordinator().queryParam("email", "a".repeat(321)).get("/participants"), "email");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(person))
                        .queryParam("email", email)
                        .get("/participants"),
                403,
                "forbidden");
    }

    @Test
    void lookupAnswersInTheOrderAskedOnceEachAndListsErasedIdsAsMissing() {
        UUID a = register();
        UUID b = register();
        UUID c = register();
        asCoordinator().delete("/participants/" + b).then().statusCode(204);
        UUID unknown = UUID.randomUUID();

        given().auth()
                .oauth2(TestTokens.service("notifications-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(c, unknown, a, c, b, a)))
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .body("items.id", contains(c.toString(), a.toString()))
                .body("items[0].email", org.hamcrest.Matchers.notNullValue())
                .body("items[0].accessNeeds.needs", contains("BSL_INTERPRETER", "STEP_FREE_ACCESS"))
                .body("missing", contains(unknown.toString(), b.toString()));
    }

    @Test
    void lookupTakesUpTo1000IdsAndOnlyFromCoordinatorsAndServices() {
        UUID known = register();
        List<String> ids = new ArrayList<>(IntStream.range(0, 999)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList());
        ids.add(500, known.toString());
        asCoordinator()
                .contentType(ContentType.JSON)
                .body(Map.of("ids", ids))
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .body("items.id", contains(known.toString()))
                .body("missing", hasSize(999));

        assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(known))
                        .contentType(ContentType.JSON)
                        .body(Map.of("ids", List.of(known)))
                        .post("/participants/lookup"),
                403,
                "forbidden");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("ids", List.of(known)))
                        .post("/participants/lookup"),
                401,
                "unauthorized");
    }

    @Test
    void lookupWithoutIdsNamesTheField() {
        Map<String, Object> error = asCoordinator()
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/participants/lookup")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:validation"))
                .extract()
                .path("errors[0]");
        assertThat(error).containsEntry("field", "ids");
        assertProblem(
                asCoordinator()
                        .contentType(ContentType.JSON)
                        .body("{\"ids\": \"" + UUID.randomUUID() + "\"}")
                        .post("/participants/lookup"),
                400,
                "malformed-request");
    }
}
