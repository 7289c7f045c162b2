package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ProjectResourceTest extends ApiTest {

    @Test
    void createsAProjectWithMembersCheckedInOneLookup() {
        UUID aisha = People.person("Aisha Khan").register();
        UUID ben = People.person("Ben Ode").register();

        String location = asCoordinator()
                .body(Map.of(
                        "name", "Crisis line redesign", "purpose", "Redesign it", "memberIds", List.of(aisha, ben)))
                .post("/projects")
                .then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("name", equalTo("Crisis line redesign"))
                .body("memberIds", containsInAnyOrder(aisha.toString(), ben.toString()))
                .extract()
                .header("Location");

        WireMockServers.participants().verify(1, postRequestedFor(urlEqualTo("/participants/lookup")));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get(location)
                .then()
                .statusCode(200)
                .body("purpose", equalTo("Redesign it"));
    }

    @Test
    void anUnknownMemberIs404AndNothingIsStored() {
        long before = Project.count();
        UUID nobody = UUID.randomUUID();

        asCoordinator()
                .body(Map.of("name", "Ghost project", "memberIds", List.of(nobody)))
                .post("/projects")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:not-found"))
                .body("detail", containsString(nobody.toString()));

        org.assertj.core.api.Assertions.assertThat(Project.count()).isEqualTo(before);
    }

    @Test
    void participantsServiceDownIs503NamingItAndNothingIsStored() {
        long before = Project.count();
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        asCoordinator()
                .body(Map.of("name", "Will not exist", "memberIds", List.of(UUID.randomUUID())))
                .post("/projects")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:dependency-unavailable"))
                .body("detail", containsString("participants-service"));

        org.assertj.core.api.Assertions.assertThat(Project.count()).isEqualTo(before);
        // Retried before giving up, but never one call per person.
        WireMockServers.participants().verify(3, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void everyBadFieldIsListed() {
        asCoordinator()
                .body(Map.of("name", " ", "purpose", "x".repeat(4001)))
                .post("/projects")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:validation"))
                .body("errors.field", containsInAnyOrder("name", "purpose"));
    }

    @Test
    void anUnknownFieldIsRejectedByName() {
        asCoordinator()
                .body(Map.of("name", "Typo project", "memberIdz", List.of()))
                .post("/projects")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("memberIdz"));
    }

    @Test
    void brokenJsonIsA400NotA500() {
        asCoordinator()
                .body("{\"name\": ")
                .post("/projects")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"));
    }

    @Test
    void unknownProjectIs404() {
        asCoordinator()
                .get("/projects/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:coproduction:problem:not-found"));
    }

    @Test
    void listsArePagedAndSizeIsChecked() {
        createProject();
        createProject();
        asCoordinator()
                .queryParam("size", 1)
                .get("/projects")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("size", equalTo(1))
                .body("page", equalTo(0))
                .body("total", greaterThan(1));
        asCoordinator()
                .queryParam("size", 0)
                .queryParam("page", "x")
                .get("/projects")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("size", "page"));
    }

    @Test
    void membersAreAddedAfterALookupAndRemoved() {
        String project = createProject();
        UUID carol = People.person("Carol").register();

        asCoordinator()
                .put("/projects/" + project + "/members/" + carol)
                .then()
                .statusCode(200)
                .body("memberIds", hasItem(carol.toString()));
        asCoordinator()
                .put("/projects/" + project + "/members/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        asCoordinator()
                .delete("/projects/" + project + "/members/" + carol)
                .then()
                .statusCode(204);
        asCoordinator()
                .delete("/projects/" + project + "/members/" + carol)
                .then()
                .statusCode(404);
    }

    @Test
    void anUpdateIsStoredWithItsReadabilityReport() {
        String project = createProject();
        asCoordinator()
                .body(Map.of(
                        "title",
                        "Going forward",
                        "body",
                        "Going forward, every stakeholder will leverage the new deliverables framework to operationalise "
                                + "multidimensional organisational transformation across institutional boundaries."))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201)
                .body("readability.score", lessThan(30f))
                .body("readability.jargon", hasItem("stakeholder"))
                .body("readability.advice.size()", greaterThan(0));
        asCoordinator()
                .body(Map.of("title", "New room", "body", "We have a new room. It has a ramp."))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201)
                .body("readability.score", greaterThan(60f));

        asCoordinator()
                .get("/projects/" + project + "/updates")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].title", equalTo("New room"));
        asCoordinator()
                .queryParam("since", "2199-01-01T00:00:00Z")
                .get("/projects/" + project + "/updates")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        asCoordinator()
                .queryParam("since", "yesterday")
                .get("/projects/" + project + "/updates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void participantsCannotRunProjects() {
        asParticipant(UUID.randomUUID())
                .get("/projects")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:forbidden"));
    }

    @Test
    void noTokenIs401Problem() {
        given().get("/projects")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:coproduction:problem:unauthorized"));
        given().auth().oauth2(TestTokens.wrongIssuer()).get("/projects").then().statusCode(401);
    }
}
