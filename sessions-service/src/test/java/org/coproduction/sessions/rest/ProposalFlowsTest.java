package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.domain.proposals.Proposal;
import org.coproduction.sessions.service.ProposalService;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** Proposals and shared decisions (issue 15): answers, objections, closing and the recorded outcome. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ProposalFlowsTest extends ApiTest {
    final UUID aisha = People.person("Aisha").register();
    final UUID ben = People.person("Ben").register();
    final UUID cat = People.person("Cat").role("PRACTITIONER").register();
    final UUID stranger = People.person("Stranger").register();

    @Inject
    ProposalService proposals;

    static Map<String, Object> proposal(String title) {
        return Map.of(
                "title",
                title,
                "text",
                "Most of us can make Monday evenings.\nWe would meet at 18:00.",
                "closesAt",
                Instant.now().plus(7, ChronoUnit.DAYS).toString());
    }

    String propose(String project, UUID by) {
        return asParticipant(by)
                .body(proposal("Meet on Monday evenings"))
                .post("/projects/" + project + "/proposals")
                .then()
                .statusCode(201)
                .header("Location", containsString("/proposals/"))
                .body("status", equalTo("OPEN"))
                .body("proposedBy", equalTo(by.toString()))
                .body("members", equalTo(3))
                .body("outcome", nullValue())
                .extract()
                .path("id");
    }

    void answer(String proposal, UUID who, String answer) {
        asParticipant(who)
                .body(Map.of("answer", answer))
                .put("/proposals/" + proposal + "/answers/" + who)
                .then()
                .statusCode(200);
    }

    @Test
    void anObjectionKeepsItOpenUntilAnsweredAndWithdrawnThenItIsAgreed() {
        String project = createProject(aisha, ben, cat);
        String id = propose(project, aisha);
        answer(id, aisha, "AGREE");
        answer(id, cat, "AGREE");
        asParticipant(ben)
                .body(Map.of("answer", "OBJECT", "comment", "Mondays are hard for me because of childcare."))
                .put("/proposals/" + id + "/answers/" + ben)
                .then()
                .statusCode(200)
                // Everyone answered, but an objection stands: still open.
                .body("status", equalTo("OPEN"))
                .body("counts.agree", equalTo(2))
                .body("counts.object", equalTo(1))
                .body("counts.objectionsStanding", equalTo(1))
                .body("counts.answered", equalTo(3))
                .body("answers[2].participantId", equalTo(ben.toString()))
                .body("answers[2].objection.standing", equalTo(true))
                .body("answers[2].objection.response", nullValue());
        Problems.assertProblem(
                        asParticipant(ben).post("/proposals/" + id + "/objections/" + ben + "/withdraw"),
                        409,
                        "conflict")
                .body(
                        "detail",
                        equalTo("An objection can be withdrawn after the coordinator has answered it in writing."));
        // Only the objector withdraws; a coordinator answers in writing.
        Problems.assertProblem(
                asParticipant(aisha).post("/proposals/" + id + "/objections/" + ben + "/withdraw"), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(aisha)
                        .body(Map.of("response", "No"))
                        .post("/proposals/" + id + "/objections/" + ben + "/response"),
                403,
                "forbidden");
        Problems.assertProblem(
                asCoordinator()
                        .body(Map.of("response", "We can pay for childcare."))
                        .post("/proposals/" + id + "/objections/" + aisha + "/response"),
                404,
                "not-found");
        asCoordinator()
                .body(Map.of("response", "We can pay for childcare on Monday evenings."))
                .post("/proposals/" + id + "/objections/" + ben + "/response")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("answers[2].objection.standing", equalTo(true))
                .body("answers[2].objection.response", equalTo("We can pay for childcare on Monday evenings."));
        asParticipant(ben)
                .post("/proposals/" + id + "/objections/" + ben + "/withdraw")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("answers[2].objection.standing", equalTo(false))
                .body("counts.objectionsStanding", equalTo(0))
                .body("outcome.result", equalTo("AGREED"))
                .body("outcome.members", equalTo(3))
                .body("outcome.counts.agree", equalTo(2))
                .body("outcome.counts.concerns", equalTo(0))
                .body("outcome.counts.object", equalTo(1))
                .body("outcome.counts.answered", equalTo(3))
                .body("outcome.livedExperienceShare", equalTo(0.67f))
                .body("outcome.professionalShare", equalTo(0.33f));
        // Closed: nothing changes any more.
        Problems.assertProblem(
                asParticipant(cat).body(Map.of("answer", "OBJECT")).put("/proposals/" + id + "/answers/" + cat),
                409,
                "conflict");
        Problems.assertProblem(
                asCoordinator()
                        .body(Map.of("response", "Again"))
                        .post("/proposals/" + id + "/objections/" + ben + "/response"),
                409,
                "conflict");
    }

    @Test
    void answersCanChangeWhileOpenAndTheSameAnswerAgainChangesNothing() {
        String project = createProject(aisha, ben, cat);
        String id = propose(project, aisha);
        answer(id, aisha, "CONCERNS");
        int version = asParticipant(aisha)
                .get("/proposals/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .extract()
                .path("version");
        asParticipant(aisha)
                .body(Map.of("answer", "CONCERNS"))
                .put("/proposals/" + id + "/answers/" + aisha)
                .then()
                .statusCode(200)
                .body("version", equalTo(version));
        // A coordinator records Cat's answer for them.
        asCoordinator()
                .body(Map.of("answer", "AGREE", "comment", "Said at the meeting"))
                .put("/proposals/" + id + "/answers/" + cat)
                .then()
                .statusCode(200)
                .body("answers[1].comment", equalTo("Said at the meeting"));
        asParticipant(aisha)
                .body(Map.of("answer", "AGREE"))
                .put("/proposals/" + id + "/answers/" + aisha)
                .then()
                .statusCode(200)
                .body("counts.agree", equalTo(2))
                .body("counts.concerns", equalTo(0))
                .body("status", equalTo("OPEN"));
        // The last member answering with no objection closes it at once.
        asParticipant(ben)
                .body(Map.of("answer", "CONCERNS"))
                .put("/proposals/" + id + "/answers/" + ben)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome.result", equalTo("AGREED"));
    }

    @Test
    void pastItsClosingTimeAReadOrTheJobClosesItOnce() {
        String project = createProject(aisha, ben, cat);
        String read = propose(project, aisha);
        String job = propose(project, ben);
        answer(read, aisha, "AGREE");
        answer(job, aisha, "CONCERNS");
        answer(job, ben, "CONCERNS");
        closingTimePassed(read);
        closingTimePassed(job);
        // One of three answered: under half, so not agreed.
        asParticipant(ben)
                .get("/proposals/" + read)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("outcome.result", equalTo("NOT_AGREED"))
                .body("outcome.counts.answered", equalTo(1))
                .body("outcome.livedExperienceShare", equalTo(1.0f))
                .body("outcome.professionalShare", equalTo(0.0f));
        assertThat(proposals.closeDue()).isEqualTo(1);
        assertThat(proposals.closeDue()).isZero();
        String decidedAt = asCoordinator()
                .get("/proposals/" + job)
                .then()
                .statusCode(200)
                .body("outcome.result", equalTo("AGREED_WITH_CONCERNS"))
                .extract()
                .path("outcome.decidedAt");
        asCoordinator().get("/proposals/" + job).then().body("outcome.decidedAt", equalTo(decidedAt));
        Problems.assertProblem(
                asParticipant(cat).body(Map.of("answer", "AGREE")).put("/proposals/" + read + "/answers/" + cat),
                409,
                "conflict");
        asCoordinator()
                .queryParam("status", "CLOSED")
                .get("/projects/" + project + "/proposals")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                // Newest first.
                .body("items[0].id", equalTo(job))
                .body("items[1].id", equalTo(read));
        asParticipant(cat)
                .queryParam("status", "OPEN")
                .get("/projects/" + project + "/proposals")
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void onlyMembersTakePart() {
        String project = createProject(aisha, ben, cat);
        String id = propose(project, aisha);
        Problems.assertProblem(
                asParticipant(stranger).body(proposal("Not mine")).post("/projects/" + project + "/proposals"),
                403,
                "forbidden");
        Problems.assertProblem(asParticipant(stranger).get("/proposals/" + id), 403, "forbidden");
        Problems.assertProblem(asParticipant(stranger).get("/projects/" + project + "/proposals"), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(stranger)
                        .body(Map.of("answer", "AGREE"))
                        .put("/proposals/" + id + "/answers/" + stranger),
                403,
                "forbidden");
        // A member answering for another member.
        Problems.assertProblem(
                asParticipant(aisha).body(Map.of("answer", "AGREE")).put("/proposals/" + id + "/answers/" + ben),
                403,
                "forbidden");
        // A coordinator naming someone who is not a member.
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("answer", "AGREE")).put("/proposals/" + id + "/answers/" + stranger),
                "participantId");
        Problems.assertProblem(asService().get("/proposals/" + id), 403, "forbidden");
        Problems.assertProblem(asCoordinator().get("/proposals/" + UUID.randomUUID()), 404, "not-found");
        Problems.assertProblem(
                asCoordinator().body(proposal("Nowhere")).post("/projects/" + UUID.randomUUID() + "/proposals"),
                404,
                "not-found");
        // A coordinator whose token names no participant puts one too.
        asCoordinator()
                .body(proposal("From the coordinator"))
                .post("/projects/" + project + "/proposals")
                .then()
                .statusCode(201)
                .body("proposedBy", nullValue());
    }

    @Test
    void strictInput() {
        String project = createProject(aisha, ben, cat);
        String path = "/projects/" + project + "/proposals";
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("title", "Past", "text", "t", "closesAt", "2020-01-01T00:00:00Z"))
                        .post(path),
                "closesAt");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of(
                                "title",
                                "Far",
                                "text",
                                "t",
                                "closesAt",
                                Instant.now().plus(400, ChronoUnit.DAYS).toString()))
                        .post(path),
                "closesAt");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("title", "x".repeat(201), "text", "", "closesAt", "2100-01-01T00:00:00Z"))
                        .post(path),
                "title",
                "text",
                "closesAt");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("title", "Nul\u0000", "text", "t", "closesAt", "2027-01-01T00:00:00Z"))
                        .post(path),
                "title");
        Problems.assertProblem(
                        asCoordinator()
                                .body(Map.of("title", "t", "text", "t", "closesAt", "2027-01-01T00:00:00Z", "votes", 3))
                                .post(path),
                        400,
                        "malformed-request")
                .body("detail", containsString("votes"));
        Problems.assertInvalidFields(
                asCoordinator().queryParam("status", "DECIDED").get(path), "status");
        Problems.assertInvalidFields(
                asCoordinator().queryParam("size", "100000").get(path), "size");
        String id = propose(project, aisha);
        Problems.assertInvalidFields(
                asParticipant(aisha)
                        .body(Map.of("answer", "AGREE", "comment", "x".repeat(1001)))
                        .put("/proposals/" + id + "/answers/" + aisha),
                "comment");
        Problems.assertProblem(
                asParticipant(aisha).body(Map.of("answer", "MAYBE")).put("/proposals/" + id + "/answers/" + aisha),
                400,
                "malformed-request");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("response", " "))
                        .post("/proposals/" + id + "/objections/" + ben + "/response"),
                "response");
    }

    @Test
    void participantsServiceDownIs503AndNothingIsRecorded() {
        String project = createProject(aisha, ben, cat);
        String id = propose(project, aisha);
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Problems.assertProblem(
                asParticipant(aisha).body(Map.of("answer", "AGREE")).put("/proposals/" + id + "/answers/" + aisha),
                503,
                "dependency-unavailable");
        asParticipant(aisha).get("/proposals/" + id).then().statusCode(200).body("answers", hasSize(0));
    }

    @Test
    void theAgendaListsWhatWasDecidedAndWhatIsStillToAnswer() {
        String project = createProject(aisha, ben, cat);
        String since = Instant.now().minusSeconds(60).toString();
        String decided = propose(project, aisha);
        answer(decided, aisha, "AGREE");
        answer(decided, ben, "CONCERNS");
        answer(decided, cat, "AGREE");
        String answeredByAisha = asCoordinator()
                .body(Map.of(
                        "title",
                        "Second",
                        "text",
                        "t",
                        "closesAt",
                        Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                .post("/projects/" + project + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        answer(answeredByAisha, aisha, "AGREE");
        String closesFirst = asCoordinator()
                .body(Map.of(
                        "title",
                        "Third",
                        "text",
                        "t",
                        "closesAt",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .post("/projects/" + project + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asService()
                .body(Map.of("participantIds", java.util.List.of(aisha, ben, stranger), "since", since))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].decidedProposals", hasSize(1))
                .body("items[0].decidedProposals[0].proposalId", equalTo(decided))
                .body("items[0].decidedProposals[0].projectId", equalTo(project))
                .body("items[0].decidedProposals[0].projectName", equalTo("Crisis line redesign"))
                .body("items[0].decidedProposals[0].title", equalTo("Meet on Monday evenings"))
                .body("items[0].decidedProposals[0].result", equalTo("AGREED"))
                .body("items[0].decidedProposals[0].counts.agree", equalTo(2))
                .body("items[0].decidedProposals[0].counts.concerns", equalTo(1))
                .body("items[0].decidedProposals[0].counts.answered", equalTo(3))
                .body("items[0].decidedProposals[0].members", equalTo(3))
                // Aisha answered the second one already.
                .body("items[0].openProposals.proposalId", equalTo(java.util.List.of(closesFirst)))
                .body("items[0].openProposals[0].projectName", equalTo("Crisis line redesign"))
                .body("items[0].openProposals[0].title", equalTo("Third"))
                .body("items[1].openProposals.proposalId", equalTo(java.util.List.of(closesFirst, answeredByAisha)))
                .body("items[2].decidedProposals", empty())
                .body("items[2].openProposals", empty());
        asService()
                .body(Map.of(
                        "participantIds",
                        java.util.List.of(aisha),
                        "since",
                        Instant.now().toString()))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].decidedProposals", empty());
    }

    static void closingTimePassed(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Proposal p = Proposal.findById(UUID.fromString(id));
            p.closesAt = Instant.now().minusSeconds(1);
        });
    }
}
