package org.coproduction.participants.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.participants.support.Bearer;
import org.coproduction.participants.support.InjectNotifications;
import org.coproduction.participants.support.InjectSessions;
import org.coproduction.participants.support.OtherServicesWireMock;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The export gathers everything the suite holds on a person, from all three services, or nothing at all. */
@QuarkusTest
class ExportTest {

    @InjectSessions
    WireMockServer sessions;

    @InjectNotifications
    WireMockServer notifications;

    @BeforeEach
    @AfterEach
    void othersAccept() {
        OtherServicesWireMock.acceptEverything(sessions);
        OtherServicesWireMock.acceptEverything(notifications);
    }

    private void othersHold(UUID id) {
        UUID project = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        sessions.stubFor(get(urlEqualTo("/exports/" + id))
                .willReturn(okJson("{\"memberships\": [{\"projectId\": \"" + project
                        + "\", \"projectName\": \"Recovery voices\"}],"
                        + " \"invitations\": [{\"sessionId\": \"" + session + "\", \"title\": \"Planning\","
                        + " \"start\": \"2027-01-10T10:00:00Z\", \"end\": \"2027-01-10T12:00:00Z\","
                        + " \"status\": \"ACCEPTED\"}],"
                        + " \"attendance\": [{\"sessionId\": \"" + session + "\", \"title\": \"Planning\","
                        + " \"start\": \"2027-01-10T10:00:00Z\"}],"
                        + " \"actions\": [{\"sessionId\": \"" + session + "\", \"description\": \"Send notes\","
                        + " \"due\": \"2027-01-17\", \"done\": true, \"actionId\": \"" + session + "\","
                        + " \"doneAt\": \"2027-01-16T12:00:00Z\"}],"
                        + " \"contributions\": [{\"id\": \"c1\", \"text\": \"An idea\"}],"
                        + " \"coordinatorOf\": [{\"projectId\": \"" + project
                        + "\", \"projectName\": \"Recovery voices\"}],"
                        + " \"followUps\": [{\"sessionId\": \"" + session + "\", \"status\": \"DECLINED\"}],"
                        + " \"checkIns\": [{\"sentAt\": \"2027-01-18T06:00:00Z\", \"projectId\": \"" + project + "\"}],"
                        + " \"wellbeingContactOf\": [{\"sessionId\": \"" + session + "\", \"title\": \"Crisis care\"}],"
                        + " \"payments\": [{\"id\": \"" + session
                        + "\", \"payee\": \"P-3f9a1c07\", \"item\": \"TRAVEL\","
                        + " \"status\": \"PAID\", \"claimed\": 12.50, \"history\": [{\"status\": \"CLAIMED\"}]}],"
                        + " \"proposals\": [{\"proposalId\": \"" + project + "\", \"title\": \"Meet on Tuesdays\","
                        + " \"answer\": \"OBJECT\", \"objection\": {\"standing\": true}}],"
                        + " \"later\": 1}")));
        notifications.stubFor(get(urlEqualTo("/exports/" + id))
                .willReturn(okJson("{\"deliveries\": [{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"DIGEST\","
                        + " \"period\": \"2027-W02\", \"status\": \"SENT\", \"subject\": \"Your week\","
                        + " \"createdAt\": \"2027-01-11T08:00:00Z\", \"sentAt\": \"2027-01-11T08:01:00Z\"}],"
                        + " \"unsubscribedAt\": \"2027-01-12T09:00:00Z\","
                        + " \"leftOutOfRuns\": [{\"runId\": \"" + UUID.randomUUID() + "\","
                        + " \"reason\": \"participant is PAUSED\", \"runAt\": \"2027-01-13T09:00:00Z\"}],"
                        + " \"documents\": [{\"deliveryId\": \"" + UUID.randomUUID() + "\", \"kind\": \"LETTER\","
                        + " \"status\": \"POSTED\", \"createdAt\": \"2027-01-13T09:00:00Z\","
                        + " \"doneAt\": \"2027-01-14T10:00:00Z\"}],"
                        + " \"namedInNotices\": [{\"noticeId\": \"" + UUID.randomUUID()
                        + "\", \"kind\": \"MENTOR_PAIRED\"}]}")));
    }

    @Test
    void thePersonGetsEverythingHeldOnThemInOneDocument() {
        Map<String, Object> body = valid();
        String until = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
        body.put("status", "PAUSED");
        body.put("pausedUntil", until);
        body.put("postalAddress", Map.of("lines", List.of("12 High Street", "Leeds"), "postcode", "LS1 4AB"));
        group(body, "support").put("offersMentoring", true);
        group(body, "support").put("trainingNotes", "Bookkeeping");
        UUID id = register(body);
        othersHold(id);
        given().auth()
                .oauth2(TestTokens.participant(id))
                .post("/participants/" + id + "/portal-visits")
                .then()
                .statusCode(204);
        BenefitsLimitTest.put(
                        TestTokens.participant(id),
                        id,
                        "{\"paymentsMayAffectBenefits\": true, \"limit\": 150.25, \"period\": \"MONTH\","
                                + " \"periodStartsOn\": 15, \"notes\": \"Universal Credit\"}")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TestTokens.participant(id))
                .get("/participants/" + id + "/export")
                .then()
                .statusCode(200)
                .body("generatedAt", notNullValue())
                .body("participant.id", equalTo(id.toString()))
                .body("participant.accessNeeds.notes", equalTo("Seat near the door"))
                .body("participant.status", equalTo("PAUSED"))
                .body("participant.pausedUntil", equalTo(until))
                .body("participant.phone", equalTo("+44 7700 900123"))
                .body("participant.postalAddress.lines", contains("12 High Street", "Leeds"))
                .body("participant.postalAddress.postcode", equalTo("LS1 4AB"))
                .body("participant.support.offersMentoring", equalTo(true))
                .body("participant.support.trainingNotes", equalTo("Bookkeeping"))
                .body("participant.support.trainingAskedAt", notNullValue())
                .body(
                        "participant.lastPortalVisitAt",
                        equalTo(Instant.now().truncatedTo(ChronoUnit.DAYS).toString()))
                .body("audit.part", hasItem("CONTACT_DETAILS"))
                .body("consentHistory[0].action", equalTo("GIVEN"))
                .body("consentHistory[0].version", equalTo("2026-11"))
                .body("audit.action", hasItem("READ"))
                .body("audit.actor", hasItem(id.toString()))
                .body("sessions.memberships[0].projectName", equalTo("Recovery voices"))
                .body("sessions.invitations[0].status", equalTo("ACCEPTED"))
                .body("sessions.attendance[0].title", equalTo("Planning"))
                .body("sessions.actions[0].due", equalTo("2027-01-17"))
                .body("sessions.contributions[0].text", equalTo("An idea"))
                .body("notifications.deliveries[0].subject", equalTo("Your week"))
                .body("notifications.unsubscribedAt", equalTo("2027-01-12T09:00:00Z"))
                .body("notifications.leftOutOfRuns[0].reason", equalTo("participant is PAUSED"))
                .body("notifications.documents[0].kind", equalTo("LETTER"))
                .body("notifications.documents[0].doneAt", equalTo("2027-01-14T10:00:00Z"))
                .body("sessions.actions[0].doneAt", equalTo("2027-01-16T12:00:00Z"))
                .body("sessions.coordinatorOf[0].projectName", equalTo("Recovery voices"))
                .body("sessions.followUps[0].status", equalTo("DECLINED"))
                .body("sessions.checkIns[0].sentAt", equalTo("2027-01-18T06:00:00Z"))
                .body("sessions.wellbeingContactOf[0].title", equalTo("Crisis care"))
                .body("sessions.payments[0].payee", equalTo("P-3f9a1c07"))
                .body("sessions.payments[0].claimed", equalTo(12.50f))
                .body("sessions.payments[0].history[0].status", equalTo("CLAIMED"))
                .body("sessions.proposals[0].title", equalTo("Meet on Tuesdays"))
                .body("sessions.proposals[0].objection.standing", equalTo(true))
                .body("notifications.namedInNotices[0].kind", equalTo("MENTOR_PAIRED"))
                .body("benefitsLimit.paymentsMayAffectBenefits", equalTo(true))
                .body("benefitsLimit.limit", equalTo(150.25f))
                .body("benefitsLimit.period", equalTo("MONTH"))
                .body("benefitsLimit.periodStartsOn", equalTo(15))
                .body("benefitsLimit.notes", equalTo("Universal Credit"))
                .body("benefitsLimit.version", equalTo(1))
                .body("audit.findAll { it.part == 'BENEFITS' }.action", hasItem("CHANGE"));
    }

    @Test
    void aCoordinatorExportsWithTheServicesOwnTokenTowardsTheOthers() {
        UUID id = register();
        othersHold(id);

        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + id + "/export")
                .then()
                .statusCode(200);

        for (WireMockServer other : List.of(sessions, notifications)) {
            List<LoggedRequest> calls = other.findAll(getRequestedFor(urlEqualTo("/exports/" + id)));
            assertThat(calls).hasSize(1);
            assertThat(Bearer.isServiceToken(calls.get(0).getHeader("Authorization")))
                    .isTrue();
        }
    }

    @Test
    void missingListsAreEmptyNotNull() {
        UUID id = register();
        sessions.stubFor(get(urlEqualTo("/exports/" + id)).willReturn(okJson("{}")));
        notifications.stubFor(get(urlEqualTo("/exports/" + id)).willReturn(okJson("{}")));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + id + "/export")
                .then()
                .statusCode(200)
                .body("benefitsLimit", nullValue())
                .body("sessions.memberships.size()", equalTo(0))
                .body("sessions.contributions.size()", equalTo(0))
                .body("sessions.payments.size()", equalTo(0))
                .body("sessions.proposals.size()", equalTo(0))
                .body("notifications.deliveries.size()", equalTo(0));
    }

    @Test
    void neverAPartialExportWhenAnotherServiceIsDown() {
        UUID id = register();
        othersHold(id);
        sessions.stubFor(
                get(urlEqualTo("/exports/" + id)).willReturn(aResponse().withStatus(503)));
        assertProblem(
                        given().auth().oauth2(TestTokens.participant(id)).get("/participants/" + id + "/export"),
                        503,
                        "dependency-unavailable")
                .header("Retry-After", notNullValue());

        OtherServicesWireMock.acceptEverything(sessions);
        othersHold(id);
        notifications.stubFor(
                get(urlEqualTo("/exports/" + id)).willReturn(aResponse().withStatus(500)));
        assertProblem(
                given().auth().oauth2(TestTokens.coordinator()).get("/participants/" + id + "/export"),
                503,
                "dependency-unavailable");
    }

    @Test
    void onlyThePersonOrACoordinator() {
        UUID id = register();
        UUID other = register();
        assertProblem(
                given().auth().oauth2(TestTokens.participant(other)).get("/participants/" + id + "/export"),
                403,
                "forbidden");
        assertProblem(
                given().auth().oauth2(TestTokens.service("sessions-service")).get("/participants/" + id + "/export"),
                403,
                "forbidden");
        UUID unknown = UUID.randomUUID();
        assertProblem(
                given().auth().oauth2(TestTokens.coordinator()).get("/participants/" + unknown + "/export"),
                404,
                "not-found");
        assertThat(sessions.findAll(getRequestedFor(urlEqualTo("/exports/" + unknown))))
                .isEmpty();
    }
}
