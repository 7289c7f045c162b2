package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** Projects, their members and updates, and venues, over HTTP: what is stored, read back and refused. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ProjectAndVenueFlowsTest extends ApiTest {

    @Test
    void aProjectIsReadBackWithItsETagAndPurpose() {
        UUID dee = People.person("Dee").register();
        String id = asCoordinator()
                .body(Map.of("name", "  Housing panel  ", "purpose", "Line one\nLine two", "memberIds", List.of(dee)))
                .post("/projects")
                .then()
                .statusCode(201)
                .header("Location", containsString("/projects/"))
                .header("ETag", equalTo("\"0\""))
                .extract()
                .path("id");

        asCoordinator()
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("name", equalTo("Housing panel"))
                .body("purpose", equalTo("Line one\nLine two"))
                .body("memberIds", equalTo(List.of(dee.toString())))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("version", equalTo(0));
    }

    @Test
    void aProjectMayStartWithNoMembersWithoutAskingParticipantsService() {
        String id = asCoordinator()
                .body(Map.of("name", "Empty for now"))
                .post("/projects")
                .then()
                .statusCode(201)
                .body("memberIds", empty())
                .extract()
                .path("id");
        asCoordinator().get("/projects/" + id).then().statusCode(200).body("purpose", equalTo(null));
    }

    @Test
    void addingAnExistingMemberChangesNothingAndAsksNobody() {
        UUID eve = People.person("Eve").register();
        String id = createProject(eve);
        WireMockServers.participants().resetRequests();

        asCoordinator()
                .put("/projects/" + id + "/members/" + eve)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("memberIds", equalTo(List.of(eve.toString())));

        WireMockServers.participants().verify(0, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void aNewMemberIsAskedForOnceAndTheVersionMoves() {
        UUID eve = People.person("Eve").register();
        UUID finn = People.person("Finn").register();
        String id = createProject(eve);
        WireMockServers.participants().resetRequests();

        asCoordinator()
                .put("/projects/" + id + "/members/" + finn)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("memberIds", containsInAnyOrder(eve.toString(), finn.toString()));

        WireMockServers.participants().verify(1, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void anUnknownNewMemberIs404AndTheProjectStaysAsItWas() {
        UUID eve = People.person("Eve").register();
        String id = createProject(eve);
        UUID stranger = UUID.randomUUID();

        Problems.assertProblem(asCoordinator().put("/projects/" + id + "/members/" + stranger), 404, "not-found");
        asCoordinator().get("/projects/" + id).then().body("memberIds", equalTo(List.of(eve.toString())));
    }

    @Test
    void membersOfAnUnknownProjectCannotBeChanged() {
        UUID eve = People.person("Eve").register();
        String missing = UUID.randomUUID().toString();
        Problems.assertProblem(asCoordinator().put("/projects/" + missing + "/members/" + eve), 404, "not-found");
        Problems.assertProblem(asCoordinator().delete("/projects/" + missing + "/members/" + eve), 404, "not-found");
    }

    @Test
    void removingSomeoneWhoIsNotAMemberIs404NamingThem() {
        UUID eve = People.person("Eve").register();
        String id = createProject(eve);
        UUID other = UUID.randomUUID();

        asCoordinator()
                .delete("/projects/" + id + "/members/" + other)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Participant " + other + " is not a member of this project."));
        asCoordinator().delete("/projects/" + id + "/members/" + eve).then().statusCode(204);
        asCoordinator().get("/projects/" + id).then().body("memberIds", empty());
    }

    @Test
    void severalUnknownMembersAreAllNamed() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        asCoordinator()
                .body(Map.of("name", "Ghosts", "memberIds", List.of(a, b)))
                .post("/projects")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("Unknown participants: "))
                .body("detail", containsString(a.toString()))
                .body("detail", containsString(b.toString()));
    }

    @Test
    void projectsAreListedByNameAcrossPages() {
        String prefix = "zz-paging-" + UUID.randomUUID() + " ";
        for (String name : List.of("c", "a", "b")) {
            asCoordinator()
                    .body(Map.of("name", prefix + name))
                    .post("/projects")
                    .then()
                    .statusCode(201);
        }
        int total = asCoordinator()
                .queryParam("size", 1)
                .get("/projects")
                .then()
                .statusCode(200)
                .body("size", equalTo(1))
                .body("page", equalTo(0))
                .body("items", hasSize(1))
                .body("total", greaterThanOrEqualTo(3))
                .extract()
                .path("total");

        List<String> names = asCoordinator()
                .queryParam("size", 200)
                .get("/projects")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        List<String> ours = names.stream().filter(n -> n.startsWith(prefix)).toList();
        assertThat(ours).containsExactly(prefix + "a", prefix + "b", prefix + "c");
        assertThat(names.size()).isEqualTo(Math.min(total, 200));

        asCoordinator()
                .queryParam("page", 1_000_000)
                .get("/projects")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void updatesAreListedNewestFirstAndSinceFiltersThem() {
        String project = createProject();
        String first = postUpdate(project, "Room booked", "We booked the room.");
        String postedAt = asCoordinator()
                .get("/projects/" + project + "/updates")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].postedAt");
        String second = postUpdate(project, "Date set", "We meet on Monday.");

        asCoordinator()
                .get("/projects/" + project + "/updates")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(second, first)))
                .body("items[0].projectId", equalTo(project))
                .body("items[0].readability.words", notNullValue());
        asCoordinator()
                .queryParam("since", "2200-01-01T00:00:00Z")
                .get("/projects/" + project + "/updates")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
        asCoordinator()
                .queryParam("since", postedAt)
                .get("/projects/" + project + "/updates")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(first))
                .body("items.id", hasItem(second));
        asCoordinator()
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/projects/" + project + "/updates")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("total", equalTo(2));
    }

    @Test
    void anUpdateBodyKeepsItsLinesAndItsTitleIsTrimmed() {
        String project = createProject();
        asCoordinator()
                .body(Map.of("title", "  Plans  ", "body", "First line.\n\n- a point\n- another point"))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201)
                .header("Location", containsString("/projects/" + project + "/updates?since="))
                .body("title", equalTo("Plans"))
                .body("body", equalTo("First line.\n\n- a point\n- another point"))
                .body("readability.sentences", equalTo(4));
    }

    @Test
    void jargonInAnUpdateIsNamedInTheAdvice() {
        String project = createProject();
        asCoordinator()
                .body(Map.of(
                        "title",
                        "Next steps",
                        "body",
                        "We will leverage our stakeholders to operationalise the deliverables going forward."))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201)
                .body("readability.advice", hasItem(containsString("Swap jargon")));
    }

    @Test
    void updatesOfAnUnknownProjectAre404AndABlankUpdateIs400() {
        String missing = UUID.randomUUID().toString();
        Problems.assertProblem(asCoordinator().get("/projects/" + missing + "/updates"), 404, "not-found");
        Problems.assertProblem(
                asCoordinator().body(Map.of("title", "t", "body", "b")).post("/projects/" + missing + "/updates"),
                404,
                "not-found");
        String project = createProject();
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("title", " ", "body", "")).post("/projects/" + project + "/updates"),
                "body",
                "title");
    }

    @Test
    void aParticipantCannotReadProjectsOrTheirUpdates() {
        UUID gus = People.person("Gus").register();
        String project = createProject(gus);
        Problems.assertProblem(asParticipant(gus).get("/projects/" + project), 403, "forbidden");
        Problems.assertProblem(asParticipant(gus).get("/projects"), 403, "forbidden");
        Problems.assertProblem(asParticipant(gus).get("/projects/" + project + "/updates"), 403, "forbidden");
    }

    @Test
    void aVenueIsReadByParticipantsButListedOnlyForCoordinators() {
        String venue = createVenue("IN_PERSON", "STEP_FREE_ACCESS", "HEARING_LOOP");
        UUID hana = UUID.randomUUID();

        asParticipant(hana)
                .get("/venues/" + venue)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Community Hub"))
                .body("address", equalTo("12 High Street"))
                .body("format", equalTo("IN_PERSON"))
                .body("features", containsInAnyOrder("STEP_FREE_ACCESS", "HEARING_LOOP"));
        Problems.assertProblem(asParticipant(hana).get("/venues"), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(hana)
                        .body(Map.of("name", "Mine", "format", "ONLINE"))
                        .post("/venues"),
                403,
                "forbidden");
    }

    @Test
    void anOnlineVenueNeedsNoAddressOrFeatures() {
        String id = asCoordinator()
                .body(Map.of("name", "  Video room  ", "format", "ONLINE"))
                .post("/venues")
                .then()
                .statusCode(201)
                .header("Location", containsString("/venues/"))
                .extract()
                .path("id");
        asCoordinator()
                .get("/venues/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Video room"))
                .body("address", equalTo(null))
                .body("features", empty())
                .body("createdAt", notNullValue());
    }

    @Test
    void venuesAreListedByNameAndPaged() {
        String prefix = "zz-venue-" + UUID.randomUUID() + " ";
        for (String name : List.of("b", "a")) {
            asCoordinator()
                    .body(Map.of("name", prefix + name, "format", "ONLINE"))
                    .post("/venues")
                    .then()
                    .statusCode(201);
        }
        List<String> names = asCoordinator()
                .queryParam("size", 200)
                .get("/venues")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertThat(names.stream().filter(n -> n.startsWith(prefix))).containsExactly(prefix + "a", prefix + "b");

        asCoordinator()
                .queryParam("size", 1)
                .get("/venues")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(2));
        Problems.assertProblem(asCoordinator().queryParam("size", 0).get("/venues"), 400, "validation");
        Problems.assertProblem(asCoordinator().queryParam("size", 201).get("/venues"), 400, "validation");
    }

    @Test
    void aVenueNameAndTooManyFeaturesAreChecked() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "x".repeat(201));
        body.put("format", "IN_PERSON");
        Problems.assertInvalidFields(asCoordinator().body(body).post("/venues"), "name");
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("format", "IN_PERSON")).post("/venues"), "name");
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("name", "Hall")).post("/venues"), "format");
    }

    private static String postUpdate(String project, String title, String body) {
        return asCoordinator()
                .body(Map.of("title", title, "body", body))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
