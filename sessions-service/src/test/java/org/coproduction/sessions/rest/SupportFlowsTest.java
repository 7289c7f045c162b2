package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.TrainingTopic;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** GET /support (issue 14): who is still waiting for the training or mentor they asked for. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class SupportFlowsTest extends ApiTest {
    static final Instant NOW = Instant.now();

    final UUID aisha = People.person("Aisha")
            .trainingInterests("FACILITATION")
            .preference("GROUP")
            .askedForTraining(NOW.minus(Duration.ofDays(10)))
            .register();
    final UUID ben = People.person("Ben")
            .preference("ONE_TO_ONE")
            .askedForMentor(NOW.minus(Duration.ofDays(20)))
            .register();
    /** Asked for training five days ago and came to a facilitation training since. */
    final UUID cat = People.person("Cat")
            .trainingInterests("FACILITATION", "GOVERNANCE")
            .askedForTraining(NOW.minus(Duration.ofDays(5)))
            .register();
    /** Asked for a mentor and has one. */
    final UUID dan = People.person("Dan")
            .askedForMentor(NOW.minus(Duration.ofDays(30)))
            .mentor(UUID.randomUUID())
            .register();

    final UUID eve = People.person("Eve").register();

    @Test
    void thoseStillWaitingLongestFirst() {
        String project = createProject(aisha, ben, cat, dan, eve);
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
        Map<String, Object> body = new java.util.HashMap<>(
                Sessions.body(project, null, "ONLINE", day + "T10:00:00Z", day + "T12:00:00Z", cat));
        body.put("type", "TRAINING");
        String training = asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // Its topics are written straight to the record, as POST /sessions takes them (sessions on sensitive topics
        // and training, issue 14).
        QuarkusTransaction.requiringNew().run(() -> {
            Session s = Session.findById(UUID.fromString(training));
            s.trainingTopics.add(TrainingTopic.FACILITATION);
        });
        asCoordinator()
                .body(Map.of("attended", List.of(cat)))
                .put("/sessions/" + training + "/attendance")
                .then()
                .statusCode(200);

        asCoordinator()
                .queryParam("projectId", project)
                .get("/support")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.participantId", equalTo(List.of(ben.toString(), aisha.toString())))
                .body("items.kind", equalTo(List.of("MENTOR", "TRAINING")))
                .body("items[0].topics", nullValue())
                .body("items[0].preference", equalTo("ONE_TO_ONE"))
                .body("items[0].waitingDays", equalTo(20))
                .body("items[1].topics", equalTo(List.of("FACILITATION")))
                .body("items[1].preference", equalTo("GROUP"))
                .body("items[1].waitingDays", equalTo(10));
    }

    @Test
    void projectIdIsRequiredAndMustExist() {
        Problems.assertInvalidFields(asCoordinator().get("/support"), "projectId");
        Problems.assertProblem(
                asCoordinator().queryParam("projectId", UUID.randomUUID()).get("/support"), 404, "not-found");
    }

    @Test
    void participantsServiceDownIs503() {
        String project = createProject(aisha);
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Problems.assertProblem(
                asCoordinator().queryParam("projectId", project).get("/support"), 503, "dependency-unavailable");
    }

    @Test
    void onlyCoordinators() {
        String project = createProject(aisha);
        Problems.assertProblem(
                asParticipant(aisha).queryParam("projectId", project).get("/support"), 403, "forbidden");
    }
}
