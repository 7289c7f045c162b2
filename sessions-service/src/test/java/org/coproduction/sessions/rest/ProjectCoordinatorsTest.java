package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** A project's coordinators (issue 14): they must be registered as coordinators, and every answer lists them. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ProjectCoordinatorsTest extends ApiTest {
    final UUID carol = People.person("Carol").role("COORDINATOR").register();
    final UUID dev = People.person("Dev").role("COORDINATOR").register();
    final UUID aisha = People.person("Aisha").register();

    @Test
    void coordinatorsAreGivenAtCreationInTheSameLookupAsMembers() {
        String id = asCoordinator()
                .body(Map.of("name", "Crisis line", "memberIds", List.of(aisha), "coordinatorIds", List.of(carol)))
                .post("/projects")
                .then()
                .statusCode(201)
                .body("coordinatorIds", equalTo(List.of(carol.toString())))
                .body("memberIds", equalTo(List.of(aisha.toString())))
                .extract()
                .path("id");

        WireMockServers.participants().verify(1, postRequestedFor(urlEqualTo("/participants/lookup")));
        asCoordinator()
                .get("/projects/" + id)
                .then()
                .statusCode(200)
                .body("coordinatorIds", equalTo(List.of(carol.toString())));
        asCoordinator()
                .get("/projects")
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.coordinatorIds", equalTo(List.of(carol.toString())));
    }

    @Test
    void someoneWhoIsNotACoordinatorIsRefusedByPosition() {
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("name", "Crisis line", "coordinatorIds", List.of(carol, aisha)))
                        .post("/projects"),
                "coordinatorIds[1]");
    }

    @Test
    void moreThanTwentyCoordinatorsAreRefused() {
        List<UUID> many =
                java.util.stream.Stream.generate(UUID::randomUUID).limit(21).toList();
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("name", "Crowded", "coordinatorIds", many))
                        .post("/projects"),
                "coordinatorIds");
    }

    @Test
    void addingIsIdempotentAndMovesTheVersionOnce() {
        String project = createProject(aisha);
        String before = asCoordinator().get("/projects/" + project).header("ETag");

        String first = asCoordinator()
                .put("/projects/" + project + "/coordinators/" + dev)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(before)))
                .body("coordinatorIds", equalTo(List.of(dev.toString())))
                .extract()
                .header("ETag");
        asCoordinator()
                .put("/projects/" + project + "/coordinators/" + dev)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(first))
                .body("coordinatorIds", equalTo(List.of(dev.toString())));
        // The second add asked nobody: the person was already a coordinator.
        WireMockServers.participants().verify(2, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void aPersonWhoseRoleIsNotCoordinatorIs400NamingParticipantId() {
        String project = createProject();
        Problems.assertProblem(
                        asCoordinator().put("/projects/" + project + "/coordinators/" + aisha), 400, "validation")
                .body("errors[0].field", equalTo("participantId"))
                .body("errors[0].message", equalTo("is not registered as a coordinator"));
        asCoordinator().get("/projects/" + project).then().body("coordinatorIds", empty());
    }

    @Test
    void unknownPersonOrProjectIs404() {
        String project = createProject();
        Problems.assertProblem(
                asCoordinator().put("/projects/" + project + "/coordinators/" + UUID.randomUUID()), 404, "not-found");
        Problems.assertProblem(
                asCoordinator().put("/projects/" + UUID.randomUUID() + "/coordinators/" + carol), 404, "not-found");
    }

    @Test
    void participantsServiceDownIs503AndNothingChanges() {
        String project = createProject();
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Problems.assertProblem(
                        asCoordinator().put("/projects/" + project + "/coordinators/" + carol),
                        503,
                        "dependency-unavailable")
                .body("detail", containsString("participants-service"));
        WireMockServers.resetToDefaults();
        asCoordinator().get("/projects/" + project).then().body("coordinatorIds", empty());
    }

    @Test
    void removingIs204ThenNotACoordinatorIs404() {
        String project = createProject();
        asCoordinator()
                .put("/projects/" + project + "/coordinators/" + carol)
                .then()
                .statusCode(200);

        asCoordinator()
                .delete("/projects/" + project + "/coordinators/" + carol)
                .then()
                .statusCode(204);
        asCoordinator().get("/projects/" + project).then().body("coordinatorIds", empty());
        Problems.assertProblem(
                asCoordinator().delete("/projects/" + project + "/coordinators/" + carol), 404, "not-found");
    }

    @Test
    void onlyCoordinatorsMayChangeCoordinators() {
        String project = createProject();
        Problems.assertProblem(
                asParticipant(carol).put("/projects/" + project + "/coordinators/" + carol), 403, "forbidden");
        Problems.assertProblem(asService().delete("/projects/" + project + "/coordinators/" + carol), 403, "forbidden");
    }
}
