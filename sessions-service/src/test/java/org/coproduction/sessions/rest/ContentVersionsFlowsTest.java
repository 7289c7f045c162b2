package org.coproduction.sessions.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** Issue 13: updates and summaries in other languages and plain words; dry runs; corrected and withdrawn updates. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ContentVersionsFlowsTest extends ApiTest {
    static final String JARGON = "We operationalised a co-produced service delivery framework which leverages "
            + "stakeholder synergies across the whole of the organisation and its many partners.";

    final UUID aisha = People.person("Aisha").register();

    Map<String, Object> update(String title, Object... versions) {
        return Map.of("title", title, "body", JARGON, "versions", List.of(versions));
    }

    static Map<String, Object> version(String language, boolean plain, String title, String body) {
        return Map.of("language", language, "plain", plain, "title", title, "body", body);
    }

    @Test
    void aReadabilityCheckScoresTheEnglishTextAndStoresNothing() {
        String project = createProject(aisha);
        long outbox = OutboxNotice.count();

        asCoordinator()
                .body(update(
                        "New framework",
                        version("en", true, "A new way of working", "We have a new way to work. It is simple."),
                        version("cy", false, "Fframwaith newydd", "Mae gennym fframwaith newydd.")))
                .post("/projects/" + project + "/updates/readability-checks")
                .then()
                .statusCode(200)
                .body("readability.jargon", notNullValue())
                .body("readability.advice.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("versions", hasSize(2))
                .body("versions[0].language", equalTo("en"))
                .body("versions[0].plain", equalTo(true))
                .body("versions[0].readability.score", notNullValue())
                .body("versions[1].language", equalTo("cy"))
                .body("versions[1].readability", nullValue());

        asCoordinator().get("/projects/" + project + "/updates").then().body("items", empty());
        assertThat(OutboxNotice.count()).isEqualTo(outbox);
        // The same rules as posting it: a check of a body that could not be posted says why.
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(update("New framework", version("xx-bad", false, "T", "B")))
                        .post("/projects/" + project + "/updates/readability-checks"),
                "versions[0].language");
    }

    @Test
    void versionsAreCheckedAndKept() {
        String project = createProject(aisha);
        Map<String, Object> badCode = Map.of("title", "T", "body", "B", "language", "English");
        Problems.assertInvalidFields(
                asCoordinator().body(badCode).post("/projects/" + project + "/updates"), "language");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(update(
                                "T",
                                version("CY", false, "T", "B"),
                                version("en", false, "T", "B"),
                                version("cy", true, "T", "B"),
                                version("cy", true, "T", "B")))
                        .post("/projects/" + project + "/updates"),
                "versions[0].language",
                "versions[1]",
                "versions[3]");
        List<Object> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(version("l" + (char) ('a' + i), false, "T", "B"));
        }
        Problems.assertInvalidFields(
                asCoordinator().body(update("T", eleven.toArray())).post("/projects/" + project + "/updates"),
                "versions");

        asCoordinator()
                .body(Map.of(
                        "title",
                        "Ystafell newydd",
                        "body",
                        "Mae gennym ystafell.",
                        "language",
                        "cy",
                        "versions",
                        List.of(version("en", false, "New room", "We have a room."))))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("language", equalTo("cy"))
                .body("versions[0].title", equalTo("New room"))
                .body("readability", nullValue())
                .body("correctedAt", nullValue())
                .body("withdrawnAt", nullValue());
    }

    @Test
    void aCorrectionNeedsTheETagAndReachesTheNextDigestAgain() {
        String project = createProject(aisha);
        String id = asCoordinator()
                .body(update("First go"))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/projects/" + project + "/updates/" + id;
        Instant afterPosting = Instant.now().plusMillis(1);
        Map<String, Object> corrected =
                update("Second go", version("cy", true, "Ail gynnig", "Mae gennym ffordd newydd o weithio."));

        Problems.assertProblem(
                asCoordinator().header("If-Match", "\"7\"").body(corrected).put(path), 412, "precondition-failed");
        Problems.assertProblem(
                asCoordinator()
                        .header("If-Match", "\"0\"")
                        .body(corrected)
                        .put("/projects/" + project + "/updates/" + UUID.randomUUID()),
                404,
                "not-found");

        asCoordinator()
                .header("If-Match", "\"0\"")
                .body(corrected)
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Second go"))
                .body("versions[0].language", equalTo("cy"))
                .body("correctedAt", notNullValue());
        asCoordinator().get(path).then().statusCode(200).header("ETag", equalTo("\"1\""));
        // Like every other write here, If-Match is a guard the caller may leave out (last write wins).
        asCoordinator().body(corrected).put(path).then().statusCode(200).header("ETag", equalTo("\"2\""));

        asService()
                .body(Map.of("participantIds", List.of(aisha), "since", afterPosting.toString()))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].projectUpdates", hasSize(1))
                .body("items[0].projectUpdates[0].updateId", equalTo(id))
                .body("items[0].projectUpdates[0].title", equalTo("Second go"))
                .body("items[0].projectUpdates[0].correctedAt", notNullValue())
                .body("items[0].projectUpdates[0].language", equalTo("en"))
                .body("items[0].projectUpdates[0].versions[0].plain", equalTo(true))
                .body("items[0].projectUpdates[0].versions[0].body", equalTo("Mae gennym ffordd newydd o weithio."));
    }

    @Test
    void aWithdrawnUpdateIsKeptButNeverSentAgain() {
        String project = createProject(aisha);
        Instant since = Instant.now().minusSeconds(60);
        String id = asCoordinator()
                .body(update("Not true after all"))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/projects/" + project + "/updates/" + id;

        asCoordinator().delete(path).then().statusCode(204);
        asCoordinator().delete(path).then().statusCode(204);
        Problems.assertProblem(
                asCoordinator().delete("/projects/" + project + "/updates/" + UUID.randomUUID()), 404, "not-found");

        asCoordinator()
                .get("/projects/" + project + "/updates")
                .then()
                .body("items", hasSize(1))
                .body("items[0].withdrawnAt", notNullValue());
        asService()
                .body(Map.of("participantIds", List.of(aisha), "since", since.toString()))
                .post("/agendas")
                .then()
                .body("items[0].projectUpdates", empty());
        Problems.assertProblem(
                asCoordinator().header("If-Match", "\"0\"").body(update("Back")).put(path), 409, "conflict");
    }

    @Test
    void aSummaryCarriesVersionsThatLineUpWithItsDecisionsAndActions() {
        String session = asCoordinator()
                .body(Sessions.body(
                        createProject(aisha), null, "ONLINE", "2026-02-02T18:00:00Z", "2026-02-02T19:30:00Z", aisha))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Instant since = Instant.now().minusSeconds(60);
        Map<String, Object> welsh = Map.of(
                "language",
                "cy",
                "plain",
                true,
                "summary",
                "Fe wnaethon ni gwrdd.",
                "decisions",
                List.of("Gweithdai ar ddydd Llun"),
                "actions",
                List.of("Archebu'r ystafell"));
        Map<String, Object> body = Map.of(
                "summary",
                "We met.",
                "decisions",
                List.of("Workshops on Mondays"),
                "actions",
                List.of(Map.of("description", "Book the room", "ownerId", aisha.toString())),
                "versions",
                List.of(welsh));

        Map<String, Object> misaligned = new java.util.HashMap<>(body);
        misaligned.put(
                "versions",
                List.of(Map.of(
                        "language",
                        "cy",
                        "plain",
                        false,
                        "summary",
                        "S",
                        "decisions",
                        List.of(),
                        "actions",
                        List.of("a", "b"))));
        Problems.assertInvalidFields(
                asCoordinator().body(misaligned).put("/sessions/" + session + "/summary"),
                "versions[0].decisions",
                "versions[0].actions");

        asCoordinator()
                .body(body)
                .post("/sessions/" + session + "/summary/readability-checks")
                .then()
                .statusCode(200)
                .body("readability.score", notNullValue())
                .body("versions[0].readability", nullValue());
        asCoordinator().get("/sessions/" + session + "/summary").then().body("summary", nullValue());

        asCoordinator()
                .body(body)
                .put("/sessions/" + session + "/summary")
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("versions[0].decisions[0]", equalTo("Gweithdai ar ddydd Llun"));

        asService()
                .body(Map.of("participantIds", List.of(aisha), "since", since.toString()))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].summaries[0].language", equalTo("en"))
                .body("items[0].summaries[0].versions[0].summary", equalTo("Fe wnaethon ni gwrdd."))
                .body("items[0].openActions[0].language", equalTo("en"))
                .body("items[0].openActions[0].versions[0].language", equalTo("cy"))
                .body("items[0].openActions[0].versions[0].plain", equalTo(true))
                .body("items[0].openActions[0].versions[0].description", equalTo("Archebu'r ystafell"));
    }
}
