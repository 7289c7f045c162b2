package org.coproduction.portal.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coproduction.portal.support.InjectWireMock;
import org.coproduction.portal.support.Portal;
import org.coproduction.portal.support.ServicesWireMock;
import org.coproduction.portal.support.Stubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Have your say: open proposals of my projects, my answer, my objection and its answer, and the outcome in words. */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class ProposalsPageTest {

    @InjectWireMock
    WireMockServer services;

    private Stubs stubs;
    private String cookie;
    private String detail;

    @BeforeEach
    void signIn() {
        services.resetAll();
        stubs = new Stubs(services).everything("en", "HTML");
        cookie = Portal.signIn(Portal.link(stubs.person));
        detail = "/proposals/" + stubs.proposal;
    }

    @Test
    void theListShowsOpenProposalsOfMyProjectsClosingInMyZone() {
        String closes = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH)
                .format(stubs.closesAt().atZoneSameInstant(ZoneId.of("Europe/London")));
        given().cookie("portal_session", cookie)
                .get("/proposals")
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "<h2 id=\"proposal-" + stubs.proposal + "\">Open the crisis line on Sundays</h2>"),
                        containsString("Project: Redesigning the crisis line"),
                        containsString("You can answer until " + closes + "."),
                        containsString(closes.endsWith("17:00") ? "17:00" : "never"),
                        containsString("You have not answered yet."),
                        containsString("href=\"/proposals/" + stubs.proposal + "\""),
                        containsString("href=\"/proposals\" aria-current=\"page\""));
        // My projects come from my own agenda; each project's proposals are asked for OPEN only.
        services.verify(postRequestedFor(urlPathEqualTo("/agendas"))
                .withRequestBody(equalToJson("{\"participantIds\":[\"" + stubs.person + "\"]}", true, true)));
        services.verify(getRequestedFor(urlPathEqualTo("/projects/" + stubs.project + "/proposals"))
                .withQueryParam("status", equalTo("OPEN")));
        services.getAllServeEvents()
                .forEach(e -> assertThat(Portal.claims(e.getRequest().getHeader("Authorization"))
                                .path("sub")
                                .asText())
                        .isEqualTo(stubs.person.toString()));
        given().cookie("portal_session", cookie)
                .queryParam("lang", "cy")
                .get("/proposals")
                .then()
                .statusCode(200)
                .body(
                        containsString("Prosiect: Redesigning the crisis line"),
                        containsString("Dydych chi ddim wedi ateb eto."),
                        not(containsString("You have not answered yet.")));
    }

    @Test
    void noProjectsOrNoOpenProposalsSaysThereIsNothingToDecide() {
        services.stubFor(post(urlPathEqualTo("/agendas")).willReturn(json(200, """
                        {"items":[{"participantId":"%s","upcomingSessions":[],"summaries":[],"openActions":[],
                          "completedActions":[],"projectUpdates":[],"projects":[],
                          "contributions":{"sessionsAttended":0,"hours":0},"trainingSuggestion":null}]}
                        """.formatted(stubs.person))));
        given().cookie("portal_session", cookie)
                .get("/proposals")
                .then()
                .statusCode(200)
                .body(containsString("There is nothing to decide right now."));
    }

    @Test
    void theDigestsLinkOpensTheProposalSignedIn() {
        var opened = given().redirects()
                .follow(false)
                .queryParam("link", Portal.link(stubs.person))
                .get(detail);
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.header("Location")).endsWith(detail).doesNotContain("link=");
        given().cookie("portal_session", opened.getCookie("portal_session"))
                .get(detail)
                .then()
                .statusCode(200)
                .body(containsString("<h1>Open the crisis line on Sundays</h1>"));
    }

    @Test
    void theProposalShowsItsTextCountsAndTheAnswerForm() {
        given().cookie("portal_session", cookie)
                .get(detail)
                .then()
                .statusCode(200)
                .body(
                        containsString("<h1>Open the crisis line on Sundays</h1>"),
                        containsString("<p>We would like to open on Sundays from 10:00 to 16:00.</p>"),
                        containsString("<p>This means two more volunteers each week.</p>"),
                        containsString("3 of 8 members have answered."),
                        containsString("<dt>Agree</dt><dd>2</dd>"),
                        containsString("<dt>Object</dt><dd>1</dd>"),
                        containsString("<dt>Objections still standing</dt><dd>1</dd>"),
                        containsString("action=\"/proposals/" + stubs.proposal + "/answer\""),
                        containsString("value=\"CONCERNS\""),
                        not(containsString("Withdraw my objection")));
        given().cookie("portal_session", cookie)
                .queryParam("lang", "cy")
                .get(detail)
                .then()
                .statusCode(200)
                .body(
                        containsString("Beth yw eich barn chi?"),
                        containsString("Mae 3 o 8 aelod wedi ateb."),
                        containsString("Rwy&#39;n gwrthwynebu"));
    }

    @Test
    void anAnswerIsSentAsThePersonWithTheirComment() {
        String page = page(detail);
        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("answer", "CONCERNS")
                .formParam("comment", "  Who covers the Sunday shifts?\r\nWe need to know.  ")
                .post(detail + "/answer")
                .then()
                .statusCode(303)
                .header("Location", containsString(detail + "?saved=answer"));
        services.verify(
                1,
                putRequestedFor(urlPathEqualTo(detail + "/answers/" + stubs.person))
                        .withRequestBody(
                                equalToJson(
                                        "{\"answer\":\"CONCERNS\",\"comment\":\"Who covers the Sunday shifts?\\nWe need to know.\"}")));
        given().cookie("portal_session", cookie)
                .get(detail + "?saved=answer")
                .then()
                .body(containsString("Thank you. We have noted your answer. You can change it until it closes."));
    }

    @Test
    void anAnswerMustBeChosenAndACommentKeptShortAndNothingIsSentOtherwise() {
        String page = page(detail);
        given().cookie("portal_session", cookie)
                .formParam("csrf", Portal.csrf(page))
                .formParam("answer", "MAYBE")
                .formParam("comment", "x".repeat(1001))
                .post(detail + "/answer")
                .then()
                .statusCode(400)
                .body(
                        containsString("<a href=\"#answer-agree\">Choose I agree, I have concerns or I object.</a>"),
                        containsString("<a href=\"#comment\">Use 1000 characters or fewer.</a>"),
                        containsString("aria-invalid=\"true\""));
        given().cookie("portal_session", cookie)
                .formParam("answer", "AGREE")
                .post(detail + "/answer")
                .then()
                .statusCode(403);
        services.verify(0, putRequestedFor(urlPathEqualTo(detail + "/answers/" + stubs.person)));
    }

    @Test
    void anObjectionWaitsForTheCoordinatorThenCanBeWithdrawn() {
        stubs.proposalIs(stubs.proposalJson("OPEN", objection(null), null));
        given().cookie("portal_session", cookie)
                .get(detail)
                .then()
                .statusCode(200)
                .body(
                        containsString("You said you object. We will write to you with an answer."),
                        containsString("value=\"OBJECT\" checked"),
                        containsString("We cannot run it without cover."),
                        not(containsString("Withdraw my objection")));

        stubs.proposalIs(stubs.proposalJson(
                "OPEN",
                objection("\"We have two volunteers ready for Sundays.\",\"respondedAt\":\"2026-11-22T10:00:00Z\""),
                null));
        String page = given().cookie("portal_session", cookie)
                .get(detail)
                .then()
                .statusCode(200)
                .body(
                        containsString("The coordinator&#39;s answer to your objection"),
                        containsString("We have two volunteers ready for Sundays."),
                        containsString("Withdraw my objection"))
                .extract()
                .asString();
        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .post(detail + "/withdraw")
                .then()
                .statusCode(303)
                .header("Location", containsString(detail + "?saved=withdrawn"));
        services.verify(1, postRequestedFor(urlPathEqualTo(detail + "/objections/" + stubs.person + "/withdraw")));
    }

    @Test
    void aClosedProposalShowsTheOutcomeInWordsAndNoForm() {
        stubs.proposalIs(stubs.proposalJson("CLOSED", answer("CONCERNS"), """
                {"result":"AGREED_WITH_CONCERNS","decidedAt":"2026-11-25T17:00:00Z",
                 "counts":{"agree":3,"concerns":4,"object":0,"objectionsStanding":0,"answered":7},
                 "members":8,"livedExperienceShare":0.71,"professionalShare":0.29}
                """));
        given().cookie("portal_session", cookie)
                .get(detail)
                .then()
                .statusCode(200)
                .body(
                        containsString(
                                "Agreed, with concerns noted. No objection stood, but more members had concerns than agreed."),
                        containsString("This was decided on Wednesday 25 November 2026, 17:00."),
                        containsString("7 of 8 members have answered."),
                        containsString("<dt>Have concerns</dt><dd>4</dd>"),
                        containsString("Your answer: I have concerns"),
                        not(containsString("action=\"/proposals/" + stubs.proposal + "/answer\"")));
    }

    @Test
    void anAnswerToAProposalThatClosedMeanwhileShowsItClosed() {
        String page = page(detail);
        services.stubFor(put(urlPathEqualTo(detail + "/answers/" + stubs.person))
                .willReturn(json(409, "{\"status\":409,\"title\":\"Conflict\"}")));
        stubs.proposalIs(stubs.proposalJson("CLOSED", "[]", """
                {"result":"NOT_AGREED","decidedAt":"2026-11-25T17:00:00Z",
                 "counts":{"agree":1,"concerns":0,"object":1,"objectionsStanding":1,"answered":2},
                 "members":8,"livedExperienceShare":0.5,"professionalShare":0.5}
                """));
        given().cookie("portal_session", cookie)
                .formParam("csrf", Portal.csrf(page))
                .formParam("answer", "AGREE")
                .post(detail + "/answer")
                .then()
                .statusCode(409)
                .body(
                        containsString("This has closed, so answers can no longer change."),
                        containsString(
                                "Not agreed. Too few members answered, an objection still stood, or as many had concerns as agreed."));
    }

    @Test
    void aProposalNotMineIsNotFoundAndAServiceDownSaysSo() {
        services.stubFor(get(urlPathEqualTo(detail)).willReturn(json(403, "{\"status\":403,\"title\":\"Forbidden\"}")));
        given().cookie("portal_session", cookie)
                .get(detail)
                .then()
                .statusCode(404)
                .body(containsString("We could not find this page."), not(containsString("Sundays")));
        services.stubFor(get(urlPathEqualTo(detail)).willReturn(aResponse().withStatus(503)));
        given().cookie("portal_session", cookie)
                .get(detail)
                .then()
                .statusCode(503)
                .body(containsString("Part of the system is not answering"), not(containsString("Exception")));
        services.stubFor(post(urlPathEqualTo("/agendas")).willReturn(aResponse().withStatus(500)));
        given().cookie("portal_session", cookie)
                .get("/proposals")
                .then()
                .statusCode(503)
                .body(containsString("Part of the system is not answering"));
        given().cookie("portal_session", cookie)
                .get("/proposals/not-a-uuid")
                .then()
                .statusCode(404);
    }

    /** The person's OBJECT answer with this coordinator's response (a JSON string and more members, or null). */
    private String objection(String response) {
        return """
                [{"participantId":"%s","answer":"OBJECT","comment":"We cannot run it without cover.",
                  "answeredAt":"2026-11-21T10:00:00Z",
                  "objection":{"standing":true,"response":%s,"withdrawnAt":null}}]
                """.formatted(stubs.person, response == null ? "null,\"respondedAt\":null" : response);
    }

    private String answer(String answer) {
        return """
                [{"participantId":"%s","answer":"%s","comment":null,"answeredAt":"2026-11-21T10:00:00Z","objection":null}]
                """.formatted(stubs.person, answer);
    }

    private String page(String path) {
        return given().cookie("portal_session", cookie)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
