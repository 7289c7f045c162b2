package org.coproduction.portal.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.coproduction.portal.support.InjectWireMock;
import org.coproduction.portal.support.Portal;
import org.coproduction.portal.support.ServicesWireMock;
import org.coproduction.portal.support.Stubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Money: the year's payments in plain words, and the private benefits limit saved with If-Match, always as the person. */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class MoneyPageTest {

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
    void theYearsPaymentsAndTheLimitAreShownInPlainWordsInEnglishAndWelsh() {
        String year = Integer.toString(LocalDate.now(ZoneId.of("Europe/London")).getYear());
        given().cookie("portal_session", cookie)
                .get("/money")
                .then()
                .statusCode(200)
                .body(
                        containsString("<h2 id=\"money-year\">In " + year + "</h2>"),
                        containsString("We have paid you £42.50. That is £30.00 in money and £12.50 in vouchers."),
                        containsString("We still owe you £15.25. Of this, £10.00 is agreed and waiting to be paid."
                                + " We are still checking £5.25."),
                        containsString("id=\"affects-yes\" name=\"affects\" value=\"yes\" checked"),
                        containsString("value=\"20.00\""),
                        containsString("id=\"period-week\" name=\"period\" value=\"WEEK\" checked"),
                        containsString("<option value=\"WEDNESDAY\" selected>Wednesday</option>"),
                        containsString("Carer&#39;s Allowance"),
                        containsString("name=\"version\" value=\"2\""),
                        containsString("only you and the coordinators"),
                        containsString("Universal Credit"),
                        containsString("href=\"/money\" aria-current=\"page\""),
                        containsString("action=\"/money/forget\""));
        given().cookie("portal_session", cookie)
                .queryParam("lang", "cy")
                .get("/money")
                .then()
                .statusCode(200)
                .body(
                        containsString("<h2 id=\"money-year\">Yn " + year + "</h2>"),
                        containsString("Rydyn ni wedi talu £42.50 i chi."),
                        containsString("Mae arnon ni £15.25 i chi o hyd."),
                        containsString("Credyd Cynhwysol"),
                        containsString("<option value=\"WEDNESDAY\" selected>Dydd Mercher</option>"),
                        not(containsString("We have paid you")));
        // Only the person's own figures were asked for, with their own token.
        services.verify(getRequestedFor(urlPathEqualTo("/payments/totals"))
                .withQueryParam("participantId", equalTo(stubs.person.toString()))
                .withQueryParam("year", equalTo(year)));
        assertThat(services.getAllServeEvents()).allSatisfy(this::isThePersonsOwn);
    }

    @Test
    void nothingPaidOrOwedSaysSoAndALimitNeverSetAsksYesOrNo() {
        services.stubFor(get(urlPathEqualTo("/payments/totals")).willReturn(json(200, """
                        {"participantId":"%s","year":2026,"currency":"GBP","paid":0,"paidAsMoney":0,
                         "paidAsVouchers":0,"approved":0,"claimed":0}
                        """.formatted(stubs.person))));
        services.stubFor(get(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit"))
                .willReturn(json(200, """
                        {"paymentsMayAffectBenefits":false,"limit":null,"period":null,"periodStartsOn":null,
                         "notes":null,"updatedAt":null,"version":0}
                        """).withHeader("ETag", "\"0\"")));
        given().cookie("portal_session", cookie)
                .get("/money")
                .then()
                .statusCode(200)
                .body(
                        containsString("We have not paid you anything this year yet."),
                        containsString("We do not owe you anything right now."),
                        not(containsString("value=\"yes\" checked")),
                        not(containsString("value=\"no\" checked")),
                        not(containsString("action=\"/money/forget\"")));
    }

    @Test
    void aMonthlyLimitIsSavedWithTheVersionTheFormShowedAsThePerson() {
        String page = page();
        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("version", "2")
                .formParam("affects", "yes")
                .formParam("limit", "£25.5")
                .formParam("period", "MONTH")
                .formParam("weekStart", "MONDAY")
                .formParam("monthDay", "31")
                .formParam("notes", "Universal Credit\r\nassessed from the 31st")
                .post("/money")
                .then()
                .statusCode(303)
                .header("Location", containsString("/money?saved=1"));
        services.verify(
                1,
                putRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit"))
                        .withHeader("If-Match", equalTo("\"2\""))
                        .withRequestBody(equalToJson("""
                                {"paymentsMayAffectBenefits":true,"limit":25.50,"period":"MONTH","periodStartsOn":31,
                                 "notes":"Universal Credit\\nassessed from the 31st"}
                                """, false, true)));
        ServeEvent sent = services.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("PUT"))
                .findFirst()
                .orElseThrow();
        assertThat(Portal.claims(sent.getRequest().getHeader("Authorization"))
                        .path("sub")
                        .asText())
                .isEqualTo(stubs.person.toString());
        given().cookie("portal_session", cookie)
                .get("/money?saved=1")
                .then()
                .statusCode(200)
                .body(containsString("Saved. Thank you."));
    }

    @Test
    void noSendsNoLimitAndAWeekStartsOnTheDayChosen() {
        String page = page();
        post(page, "no", "20", "WEEK", "FRIDAY", "1", "").then().statusCode(303);
        services.verify(putRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit"))
                .withRequestBody(equalToJson("""
                        {"paymentsMayAffectBenefits":false,"limit":null,"period":null,"periodStartsOn":null,"notes":null}
                        """, false, true)));
        services.resetRequests();
        post(page, "yes", "20", "WEEK", "FRIDAY", "", "").then().statusCode(303);
        services.verify(putRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit"))
                .withRequestBody(equalToJson("""
                        {"paymentsMayAffectBenefits":true,"limit":20.00,"period":"WEEK","periodStartsOn":"FRIDAY","notes":null}
                        """, false, true)));
    }

    @Test
    void mistakesComeBackBesideTheirFieldsAndNothingIsSent() {
        String page = page();
        post(page, null, "", "", "MONDAY", "", "")
                .then()
                .statusCode(400)
                .body(
                        containsString("There is a problem"),
                        containsString("<a href=\"#affects-yes\">Choose yes or no.</a>"));
        post(page, "yes", "twenty", "", "MONDAY", "", "")
                .then()
                .statusCode(400)
                .body(
                        containsString("<a href=\"#limit\">Enter an amount like 20.00."),
                        containsString("<a href=\"#period-week\">Choose each week or each month.</a>"),
                        containsString("value=\"twenty\""),
                        containsString("aria-invalid=\"true\""),
                        containsString("conditional open"));
        post(page, "yes", "100000.01", "MONTH", "MONDAY", "32", "")
                .then()
                .statusCode(400)
                .body(
                        containsString("It must be more than 0 and no more than 100,000.00."),
                        containsString("<a href=\"#month-day\">Enter a whole number from 1 to 31.</a>"));
        post(page, "no", "", "", "MONDAY", "", "x".repeat(501))
                .then()
                .statusCode(400)
                .body(containsString("<a href=\"#benefits-notes\">Use 500 characters or fewer.</a>"));
        services.verify(0, putRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit")));
    }

    @Test
    void forgettingTheLimitNeedsTheFormToken() {
        String page = page();
        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .post("/money/forget")
                .then()
                .statusCode(403);
        services.verify(0, deleteRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit")));
        given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .post("/money/forget")
                .then()
                .statusCode(303)
                .header("Location", containsString("/money?forgotten=1"));
        services.verify(1, deleteRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit")));
        given().cookie("portal_session", cookie)
                .get("/money?forgotten=1")
                .then()
                .body(containsString("We have forgotten what you told us about your benefits."));
    }

    @Test
    void aLimitChangedMeanwhileIsNotOverwritten() {
        services.stubFor(put(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit"))
                .willReturn(json(412, "{\"status\":412,\"title\":\"Precondition Failed\"}")));
        post(page(), "yes", "20", "WEEK", "MONDAY", "", "")
                .then()
                .statusCode(409)
                .body(containsString("Someone changed this at the same time. Nothing was saved."));
    }

    @Test
    void whenAServiceIsDownThePageSaysSo() {
        services.stubFor(
                get(urlPathEqualTo("/payments/totals")).willReturn(aResponse().withStatus(503)));
        given().cookie("portal_session", cookie)
                .get("/money")
                .then()
                .statusCode(503)
                .body(containsString("Part of the system is not answering"), not(containsString("Exception")));
        services.stubFor(get(urlPathEqualTo("/payments/totals")).willReturn(json(200, "{}")));
        services.stubFor(get(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit"))
                .willReturn(aResponse().withStatus(500)));
        given().cookie("portal_session", cookie)
                .get("/money")
                .then()
                .statusCode(503)
                .body(containsString("Part of the system is not answering"));
    }

    @Test
    void aLinkMoreThanADayOldDoesNotOpenIt() {
        String dayOld = Portal.signIn(Portal.linkIssuedAgo(stubs.person, Duration.ofHours(25)));
        given().cookie("portal_session", dayOld)
                .get("/money")
                .then()
                .statusCode(403)
                .body(containsString("Please use a newer link"), not(containsString("42.50")));
        services.verify(0, getRequestedFor(urlPathEqualTo("/participants/" + stubs.person + "/benefits-limit")));
        services.verify(0, getRequestedFor(urlPathEqualTo("/payments/totals")));
    }

    private void isThePersonsOwn(ServeEvent e) {
        String url = e.getRequest().getUrl();
        assertThat(url).doesNotContain(stubs.other.toString());
        assertThat(Portal.claims(e.getRequest().getHeader("Authorization"))
                        .path("sub")
                        .asText())
                .isEqualTo(stubs.person.toString());
    }

    private String page() {
        return given().cookie("portal_session", cookie)
                .get("/money")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private io.restassured.response.Response post(
            String page, String affects, String limit, String period, String weekStart, String monthDay, String notes) {
        RequestSpecification request = given().cookie("portal_session", cookie)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("version", "2")
                .formParam("limit", limit)
                .formParam("period", period)
                .formParam("weekStart", weekStart)
                .formParam("monthDay", monthDay)
                .formParam("notes", notes);
        if (affects != null) {
            request.formParam("affects", affects);
        }
        return request.post("/money");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
