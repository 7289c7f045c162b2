package org.coproduction.portal.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.coproduction.platform.testing.PrometheusScrape;
import org.coproduction.portal.support.InjectWireMock;
import org.coproduction.portal.support.Portal;
import org.coproduction.portal.support.ServicesWireMock;
import org.coproduction.portal.support.Stubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each page opens in both languages, and each form sends the services exactly the change asked for, as the person. */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class PagesTest {

    static final List<String> PAGES = List.of(
            "/coming-up",
            "/free",
            "/needs",
            "/hear",
            "/hear/preview",
            "/break",
            "/given",
            "/my-data",
            "/proposals",
            "/money");

    @InjectWireMock
    WireMockServer services;

    private Stubs stubs;
    private String cookie;

    @BeforeEach
    void signIn() {
        services.resetAll();
        stubs = new Stubs(services).everything("en", "HTML");
        cookie = Portal.signIn(Portal.link(stubs.person));
    }

    @Test
    void everyPageOpensInEnglishAndWelshWithTheNavigationAndNoEnglishLeftInWelsh() {
        for (String page : PAGES) {
            given().cookie("portal_session", cookie)
                    .get(page)
                    .then()
                    .statusCode(200)
                    .header("Content-Security-Policy", containsString("form-action 'self'"))
                    .header("Cache-Control", "no-store")
                    .body(containsString("<html lang=\"en\">"), containsString("Your co-production pages"));
            given().cookie("portal_session", cookie)
                    .queryParam("lang", "cy")
                    .get(page)
                    .then()
                    .statusCode(200)
                    .body(
                            containsString("<html lang=\"cy\">"),
                            containsString("Eich tudalennau cyd-gynhyrchu"),
                            not(containsString("Your pages")),
                            not(containsString("Sign out")));
        }
    }

    @Test
    void everyServiceCallOfAPageContinuesThePagesTrace() {
        String traceId = "5bf92f3577b34da6a3ce929d0e0e"
                + java.util.UUID.randomUUID().toString().substring(0, 4);
        services.resetRequests();
        given().cookie("portal_session", cookie)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/coming-up")
                .then()
                .statusCode(200);
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> calls =
                services.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        assertThat(calls).isNotEmpty();
        assertThat(calls)
                .allSatisfy(call -> assertThat(call.getHeader("traceparent"))
                        .as(call.getUrl())
                        .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                        .doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void comingUpShowsTheSessionInThePersonsZoneWithArrangementsAndTheCount() {
        given().cookie("portal_session", cookie)
                .get("/coming-up")
                .then()
                .statusCode(200)
                .body(
                        containsString("Planning the new crisis line"),
                        containsString("Riverside Community Centre"),
                        containsString("Interpreting: British Sign Language"),
                        containsString("Captions"),
                        containsString("People coming so far: 1"),
                        containsString("You have not told us yet."),
                        containsString("Europe/London"),
                        containsString("/coming-up/" + stubs.session + "/calendar.ics"));
        given().cookie("portal_session", cookie)
                .get("/coming-up/" + stubs.session + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("BEGIN:VCALENDAR"));
    }

    @Test
    void iCantComeIsSentAsThePersonWithTheReasonAfterTheyConfirm() {
        String page = given().cookie("portal_session", cookie)
                .queryParam("answer", "NOT_COMING")
                .get("/coming-up/" + stubs.session)
                .then()
                .statusCode(200)
                .body(
                        containsString("Please check your answer and send it."),
                        containsString("value=\"NOT_COMING\" checked"))
                .extract()
                .asString();
        // Opening the answer link changed nothing.
        services.verify(0, putRequestedFor(urlPathEqualTo("/sessions/" + stubs.session + "/answers/" + stubs.person)));

        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("answer", "NOT_COMING")
                .formParam("reason", "Hospital appointment")
                .post("/coming-up/" + stubs.session + "/answer")
                .then()
                .statusCode(303)
                .header("Location", containsString("saved=NOT_COMING"));

        services.verify(
                1,
                putRequestedFor(urlPathEqualTo("/sessions/" + stubs.session + "/answers/" + stubs.person))
                        .withRequestBody(
                                equalToJson("{\"answer\":\"NOT_COMING\",\"reason\":\"Hospital appointment\"}")));
        var put = services.getAllServeEvents().stream()
                .filter(e -> RequestMethod.PUT.equals(e.getRequest().getMethod()))
                .findFirst()
                .orElseThrow();
        assertThat(Portal.claims(put.getRequest().getHeader("Authorization"))
                        .get("sub")
                        .asText())
                .isEqualTo(stubs.person.toString());
    }

    @Test
    void aFormWithoutItsAntiForgeryTokenChangesNothing() {
        for (String action : List.of(
                "/coming-up/" + stubs.session + "/answer",
                "/free/limits",
                "/needs",
                "/hear",
                "/break/leave",
                "/sign-out")) {
            given().cookie("portal_session", cookie)
                    .formParam("answer", "COMING")
                    .formParam("confirm", "yes")
                    .formParam("minNoticeDays", "3")
                    .post(action)
                    .then()
                    .statusCode(403)
                    .body(containsString("Nothing was changed"));
            given().cookie("portal_session", cookie)
                    .formParam("csrf", "forged")
                    .formParam("answer", "COMING")
                    .post(action)
                    .then()
                    .statusCode(403);
        }
        assertThat(services.getAllServeEvents())
                .allMatch(e -> RequestMethod.GET.equals(e.getRequest().getMethod()) || Portal.isVisitRecord(e));
    }

    @Test
    void needsMoneyAndDataWantALinkLessThanADayOld() {
        String dayOld = Portal.signIn(Portal.linkIssuedAgo(stubs.person, Duration.ofHours(25)));
        for (String page : List.of("/needs", "/my-data", "/my-data/download")) {
            given().cookie("portal_session", dayOld)
                    .get(page)
                    .then()
                    .statusCode(403)
                    .body(
                            containsString("Please use a newer link"),
                            containsString("action=\"/fresh-link\""),
                            not(containsString("STEP_FREE")),
                            not(containsString("vegetarian")));
        }
        services.verify(
                0,
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        urlPathEqualTo("/participants/" + stubs.person + "/export")));
        // Other pages still open, and the person can ask for a fresh link to their own address.
        String hear = given().cookie("portal_session", dayOld)
                .get("/hear")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        given().cookie("portal_session", dayOld)
                .formParam("csrf", Portal.csrf(hear))
                .post("/fresh-link")
                .then()
                .statusCode(200)
                .body(containsString("Check your email"));
        services.verify(
                1,
                postRequestedFor(urlPathEqualTo("/sign-in-links"))
                        .withRequestBody(equalToJson("{\"email\":\"aisha@example.org\"}")));
    }

    @Test
    void learningAndSupportAreChosenOnTheNeedsPageInBothLanguagesAndSavedWithTheRest() {
        String page = given().cookie("portal_session", cookie)
                .get("/needs")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page)
                .contains("Learning and support", "Speaking in public", "I would like a mentor or buddy")
                .contains("value=\"PEER_SUPPORT\" checked", "name=\"offersMentoring\" value=\"true\" checked")
                .doesNotContain("value=\"FACILITATION\" checked", "name=\"wantsMentor\" value=\"true\" checked");
        given().cookie("portal_session", cookie)
                .queryParam("lang", "cy")
                .get("/needs")
                .then()
                .statusCode(200)
                .body(
                        containsString("Dysgu a chymorth"),
                        containsString("Siarad yn gyhoeddus"),
                        not(containsString("Speaking in public")));

        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("need", "QUIET_SPACE")
                .formParam("topic", "FACILITATION", "BASKET_WEAVING", "SAFEGUARDING", "FACILITATION")
                .formParam("wantsMentor", "true")
                .post("/needs")
                .then()
                .statusCode(303)
                .header("Location", containsString("/needs?saved=1"));

        // A word never offered is dropped; not ticking "I could be a mentor" takes the offer back.
        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withHeader("If-Match", equalTo("\"3\""))
                        .withRequestBody(matchingJsonPath(
                                "$.support",
                                equalToJson("{\"trainingInterests\": [\"FACILITATION\", \"SAFEGUARDING\"],"
                                        + " \"wantsMentor\": true, \"offersMentoring\": false}")))
                        .withRequestBody(matchingJsonPath("$.accessNeeds.needs[0]", equalTo("QUIET_SPACE"))));
    }

    @Test
    void timeAwayIsAddedAsWholeDaysInThePersonsZoneWithIfMatch() {
        String page = given().cookie("portal_session", cookie)
                .get("/free")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("from", "2027-07-01")
                .formParam("to", "2027-07-03")
                .formParam("reason", "family wedding")
                .post("/free/absences")
                .then()
                .statusCode(303);

        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withHeader("If-Match", equalTo("\"3\""))
                        .withHeader("Content-Type", equalTo("application/merge-patch+json"))
                        .withRequestBody(equalToJson("""
                        {"availability":{"unavailable":[
                          {"from":"2027-04-01T00:00:00Z","to":"2027-04-15T00:00:00Z","reason":"holiday"},
                          {"from":"2027-06-30T23:00:00Z","to":"2027-07-03T23:00:00Z","reason":"family wedding"}]}}
                        """)));
    }

    @Test
    void badAnswersAreExplainedFieldByFieldAndNothingIsSent() {
        String page = given().cookie("portal_session", cookie)
                .get("/free")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String csrf = Portal.csrf(page);

        given().cookie("portal_session", cookie)
                .formParam("csrf", csrf)
                .formParam("day-0", "MONDAY")
                .formParam("start-0", "20:00")
                .formParam("end-0", "18:00")
                .formParam("day-1", "")
                .formParam("start-1", "25:00")
                .formParam("end-1", "")
                .post("/free/weekly")
                .then()
                .statusCode(400)
                .body(
                        containsString("There is a problem"),
                        containsString("href=\"#end-0\""),
                        containsString("The end time must be after the start time."),
                        containsString("href=\"#day-1\""),
                        containsString("aria-invalid=\"true\""));
        given().cookie("portal_session", cookie)
                .formParam("csrf", csrf)
                .formParam("from", "2027-07-03")
                .formParam("to", "2027-07-01")
                .post("/free/absences")
                .then()
                .statusCode(400)
                .body(containsString("The last day must be on or after the first day."));
        given().cookie("portal_session", cookie)
                .formParam("csrf", csrf)
                .formParam("minNoticeDays", "9999")
                .formParam("maxSessionsPerMonth", "\u0000")
                .post("/free/limits")
                .then()
                .statusCode(400)
                .body(containsString("Enter a whole number from 0 to 365."));
        String answer = given().cookie("portal_session", cookie)
                .get("/coming-up/" + stubs.session)
                .then()
                .extract()
                .asString();
        given().cookie("portal_session", cookie)
                .formParam("csrf", Portal.csrf(answer))
                .formParam("answer", "MAYBE")
                .post("/coming-up/" + stubs.session + "/answer")
                .then()
                .statusCode(400)
                .body(containsString("href=\"#answer-coming\""));
        assertThat(services.getAllServeEvents())
                .allMatch(e -> RequestMethod.GET.equals(e.getRequest().getMethod()) || Portal.isVisitRecord(e));
    }

    @Test
    void choosingLargePrintAndAFrequencyAgainUndoesAnUnsubscribe() {
        String page = given().cookie("portal_session", cookie)
                .get("/hear")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("digestFrequency", "FORTNIGHTLY")
                .formParam("digestDay", "THURSDAY")
                .formParam("format", "LARGE_PRINT")
                .formParam("channel", "EMAIL")
                .formParam("preferred", "cy")
                .post("/hear")
                .then()
                .statusCode(303);

        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withRequestBody(equalToJson("""
                        {"communication":{"digestFrequency":"FORTNIGHTLY","digestDay":"THURSDAY","format":"LARGE_PRINT",
                          "channel":"EMAIL"},"language":{"preferred":"cy"}}
                        """)));
        services.verify(1, deleteRequestedFor(urlPathEqualTo("/unsubscribes/" + stubs.person)));
    }

    @Test
    void leavingSetsWithdrawnOnlyWhenConfirmedAndEndsTheVisit() {
        String page = given().cookie("portal_session", cookie)
                .get("/break")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String csrf = Portal.csrf(page);

        given().cookie("portal_session", cookie)
                .formParam("csrf", csrf)
                .post("/break/leave")
                .then()
                .statusCode(400)
                .body(containsString("Tick the box"));
        services.verify(0, patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person)));

        var left = given().cookie("portal_session", cookie)
                .formParam("csrf", csrf)
                .formParam("confirm", "yes")
                .post("/break/leave");
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.asString()).contains("You have left");
        assertThat(left.header("Set-Cookie")).contains("portal_session=;").contains("Max-Age=0");
        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withRequestBody(equalToJson("{\"status\":\"WITHDRAWN\"}")));
    }

    @Test
    void aPauseMustEndAfterTodayAndWithinAYear() {
        String page = given().cookie("portal_session", cookie)
                .get("/break")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String bad :
                List.of("2020-01-01", java.time.LocalDate.now().plusYears(2).toString(), "soon")) {
            given().cookie("portal_session", cookie)
                    .formParam("csrf", Portal.csrf(page))
                    .formParam("until", bad)
                    .post("/break/pause")
                    .then()
                    .statusCode(400)
                    .body(containsString("Choose a day after today and within a year."));
        }
        String back = java.time.LocalDate.now().plusMonths(2).toString();
        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("until", back)
                .post("/break/pause")
                .then()
                .statusCode(303);
        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withRequestBody(equalToJson("{\"status\":\"PAUSED\",\"pausedUntil\":\"" + back + "\"}")));
    }

    @Test
    void myDataDownloadsTheExportAsAFile() {
        given().cookie("portal_session", cookie)
                .get("/my-data/download")
                .then()
                .statusCode(200)
                .contentType(containsString("application/json"))
                .header("Content-Disposition", containsString("my-data.json"))
                .body(containsString("\"participant\""), containsString("aisha@example.org"));
    }

    @Test
    void whenAServiceIsDownThePageSaysSoAndNothingIsLost() {
        services.resetAll();
        Portal.participantIs(services, stubs.person, Portal.participant(stubs.person, "ACTIVE", "en", "HTML"), 3);
        // No stub for /sessions: WireMock answers 404... so stop answering at all.
        services.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/sessions"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(503)));
        given().cookie("portal_session", cookie)
                .get("/coming-up")
                .then()
                .statusCode(503)
                .header("Retry-After", "60")
                .body(containsString("Part of the system is not answering"), not(containsString("Exception")));
        // Ops see it on /q/metrics: SmallRye Fault Tolerance's series for the sessions call, its breaker's state
        // (one of closed, open or halfOpen is 1) and the failure it counted.
        PrometheusScrape scrape = PrometheusScrape.fetch();
        List<PrometheusScrape.Sample> sessionsBreaker = scrape.samples().stream()
                .filter(s -> s.name().equals("ft_circuitbreaker_state_current"))
                .filter(s -> s.labels().getOrDefault("method", "").contains("SessionsGateway"))
                .toList();
        assertThat(sessionsBreaker).extracting(s -> s.labels().get("state")).contains("closed", "open", "halfOpen");
        assertThat(sessionsBreaker.stream()
                        .mapToDouble(PrometheusScrape.Sample::value)
                        .sum())
                .isEqualTo(1.0
                        * sessionsBreaker.stream()
                                .map(s -> s.labels().get("method"))
                                .distinct()
                                .count());
        assertThat(scrape.samples()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("ft_circuitbreaker_calls_total");
            assertThat(s.labels().get("method")).contains("SessionsGateway");
            assertThat(s.labels().get("circuitBreakerResult")).isEqualTo("failure");
            assertThat(s.value()).isGreaterThanOrEqualTo(1);
        });
        assertThat(scrape.names()).contains("http_server_requests_seconds_bucket");
    }

    @Test
    void theLanguageLinkLeadsToThePageItselfEvenAfterAForm() {
        given().cookie("portal_session", cookie)
                .queryParam("answer", "NOT_COMING")
                .get("/coming-up/" + stubs.session)
                .then()
                .body(containsString("href=\"/coming-up/" + stubs.session + "?answer=NOT_COMING&amp;lang=cy\""));
        String page = given().cookie("portal_session", cookie)
                .get("/free")
                .then()
                .extract()
                .asString();
        given().cookie("portal_session", cookie)
                .formParam("csrf", Portal.csrf(page))
                .formParam("day-0", "MONDAY")
                .formParam("start-0", "20:00")
                .formParam("end-0", "18:00")
                .post("/free/weekly")
                .then()
                .statusCode(400)
                .body(containsString("href=\"/free?lang=cy\""));
    }

    @Test
    void aNewEmailAddressIsConfirmedOnlyByPressingTheButtonWhileSignedIn() {
        services.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        urlPathEqualTo("/participants/" + stubs.person + "/email-confirmations"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(Portal.participant(stubs.person, "ACTIVE", "en", "HTML"))));
        given().queryParam("token", "abc123").get("/email/confirm").then().statusCode(401);
        String page = given().cookie("portal_session", cookie)
                .queryParam("token", "abc123")
                .get("/email/confirm")
                .then()
                .statusCode(200)
                .body(containsString("Use my new address"))
                .extract()
                .asString();
        services.verify(0, postRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/email-confirmations")));

        given().cookie("portal_session", cookie)
                .formParam("csrf", Portal.csrf(page))
                .formParam("token", "abc123")
                .post("/email/confirm")
                .then()
                .statusCode(200)
                .body(containsString("Your email address is changed"));
        services.verify(
                1,
                postRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/email-confirmations"))
                        .withRequestBody(equalToJson("{\"token\":\"abc123\"}")));
    }

    @Test
    void afterAOneClickUnsubscribeHowIHearSaysSoAndShowsNeverChosen() {
        services.stubFor(
                com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/unsubscribes/" + stubs.person))
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"participantId\":\"" + stubs.person
                                        + "\",\"unsubscribedAt\":\"2026-11-20T10:00:00Z\"}")));
        given().cookie("portal_session", cookie)
                .get("/hear")
                .then()
                .statusCode(200)
                .body(
                        containsString("You stopped our regular emails on Friday 20 November 2026."),
                        containsString("value=\"NEVER\" checked"));
    }
}
