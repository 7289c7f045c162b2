package org.coproduction.portal.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.coproduction.portal.support.InjectWireMock;
import org.coproduction.portal.support.Portal;
import org.coproduction.portal.support.ServicesWireMock;
import org.coproduction.portal.support.Stubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "How I hear from you": Post asks for an address, Phone for a number, and email is needed only for Email. */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class HearChannelsTest {

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

    /** The stub's record, reached by post at this address, with a phone number and no email. */
    private void storedByPostWithoutEmail() {
        String json = Portal.participant(stubs.person, "ACTIVE", "en", "HTML")
                .replace("\"email\":\"aisha@example.org\"", "\"email\":null")
                .replace(
                        "\"phone\":null",
                        "\"phone\":\"0113 496 0000\",\"postalAddress\":{\"lines\":[\"12 High Street\",\"Leeds\"],"
                                + "\"postcode\":\"LS1 4AB\"}")
                .replace("\"channel\":\"EMAIL\"", "\"channel\":\"POST\"");
        Portal.participantIs(services, stubs.person, json, 3);
    }

    private RequestSpecification form(String lang, String channel) {
        String page = given().cookie("portal_session", cookie)
                .queryParam("lang", lang)
                .get("/hear")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return given().cookie("portal_session", cookie)
                .queryParam("lang", lang)
                .redirects()
                .follow(false)
                .formParam("csrf", Portal.csrf(page))
                .formParam("digestFrequency", "WEEKLY")
                .formParam("digestDay", "MONDAY")
                .formParam("format", "HTML")
                .formParam("channel", channel)
                .formParam("preferred", "en");
    }

    @Test
    void theAddressAndNumberAreShownFilledInAndEmailIsOptional() {
        storedByPostWithoutEmail();
        given().cookie("portal_session", cookie)
                .get("/hear")
                .then()
                .statusCode(200)
                .body(
                        containsString("value=\"POST\" checked"),
                        containsString(">12 High Street\nLeeds</textarea>"),
                        containsString("id=\"postcode\" name=\"postcode\""),
                        containsString("value=\"LS1 4AB\""),
                        containsString("value=\"0113 496 0000\""),
                        containsString("It is optional for post or phone."),
                        containsString("<label for=\"address\">Address</label>"),
                        containsString("<label for=\"phone\">Phone number</label>"));
        given().cookie("portal_session", cookie)
                .queryParam("lang", "cy")
                .get("/hear")
                .then()
                .statusCode(200)
                .body(
                        containsString("<label for=\"postcode\">Cod post</label>"),
                        containsString("Does dim rhaid ei roi ar gyfer post neu ffôn."));
    }

    @Test
    void choosingPostWithoutAnAddressGivesThePageAgainWithTheErrorBesideTheField() {
        form("en", "POST")
                .formParam("email", "aisha@example.org")
                .formParam("phone", "")
                .formParam("address", "")
                .formParam("postcode", "")
                .post("/hear")
                .then()
                .statusCode(400)
                .body(
                        containsString("href=\"#address\""),
                        containsString("id=\"address-error\""),
                        containsString("Enter your address, so that we can post letters to you."),
                        containsString("href=\"#postcode\""),
                        containsString("value=\"POST\" checked"),
                        containsString("aria-invalid=\"true\""));
        form("cy", "POST")
                .formParam("email", "aisha@example.org")
                .formParam("address", "12 High Street")
                .formParam("postcode", "")
                .post("/hear")
                .then()
                .statusCode(400)
                .body(
                        containsString("Rhowch eich cod post."),
                        // What was typed comes back, so nothing has to be typed twice.
                        containsString(">12 High Street</textarea>"),
                        not(containsString("href=\"#address\"")));
        services.verify(0, patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person)));
    }

    @Test
    void choosingPhoneWithoutANumberGivesThePageAgainWithTheErrorBesideTheField() {
        form("en", "PHONE")
                .formParam("email", "aisha@example.org")
                .formParam("phone", "")
                .post("/hear")
                .then()
                .statusCode(400)
                .body(
                        containsString("href=\"#phone\""),
                        containsString("id=\"phone-error\""),
                        containsString("Enter your phone number, so that we can call you."),
                        containsString("value=\"PHONE\" checked"));
        form("en", "PHONE")
                .formParam("email", "aisha@example.org")
                .formParam("phone", "call me")
                .post("/hear")
                .then()
                .statusCode(400)
                .body(containsString("Enter a phone number using only digits, spaces, brackets or dashes."));
        form("en", "EMAIL")
                .formParam("email", "")
                .post("/hear")
                .then()
                .statusCode(400)
                .body(
                        containsString("href=\"#email\""),
                        containsString("Enter your email address, or choose post or phone."));
        services.verify(0, patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person)));
    }

    @Test
    void choosingPostWithAnAddressSendsItAndOnlyWhatChanged() {
        form("en", "POST")
                .formParam("email", "aisha@example.org")
                .formParam("phone", "")
                .formParam("address", " 12 High Street \r\n\r\nLeeds\r\n")
                .formParam("postcode", " LS1 4AB ")
                .post("/hear")
                .then()
                .statusCode(303);
        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withRequestBody(equalToJson("""
                        {"communication":{"digestFrequency":"WEEKLY","digestDay":"MONDAY","format":"HTML",
                          "channel":"POST"},"language":{"preferred":"en"},
                         "postalAddress":{"lines":["12 High Street","Leeds"],"postcode":"LS1 4AB"}}
                        """)));
    }

    @Test
    void choosingPhoneWithANumberMayLeaveOutTheEmail() {
        form("en", "PHONE")
                .formParam("email", "")
                .formParam("phone", "+44 113 496 0000")
                .formParam("address", "")
                .formParam("postcode", "")
                .post("/hear")
                .then()
                .statusCode(303);
        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withRequestBody(equalToJson("""
                        {"communication":{"digestFrequency":"WEEKLY","digestDay":"MONDAY","format":"HTML",
                          "channel":"PHONE"},"language":{"preferred":"en"},
                         "email":null,"phone":"+44 113 496 0000"}
                        """)));
    }

    @Test
    void someoneWithNoEmailConfirmsANewOneBeforeChoosingEmail() {
        storedByPostWithoutEmail();
        form("en", "EMAIL")
                .formParam("email", "aisha@example.org")
                .formParam("phone", "0113 496 0000")
                .formParam("address", "12 High Street\nLeeds")
                .formParam("postcode", "LS1 4AB")
                .post("/hear")
                .then()
                .statusCode(400)
                .body(containsString("Save your new email address first, and follow the link we send to it."));
        form("en", "POST")
                .formParam("email", "aisha@example.org")
                .formParam("phone", "0113 496 0000")
                .formParam("address", "12 High Street\nLeeds")
                .formParam("postcode", "LS1 4AB")
                .post("/hear")
                .then()
                .statusCode(303);
        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withRequestBody(equalToJson("""
                        {"communication":{"digestFrequency":"WEEKLY","digestDay":"MONDAY","format":"HTML",
                          "channel":"POST"},"language":{"preferred":"en"},"email":"aisha@example.org"}
                        """)));
    }

    /** A merge patch removes a field with null, so an emptied one must travel as null (on any page). */
    @Test
    void anEmptiedLimitIsSentAsNullAndSoRemoved() {
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
                .formParam("minNoticeDays", "3")
                .formParam("maxSessionsPerMonth", "")
                .post("/free/limits")
                .then()
                .statusCode(303);
        services.verify(
                1,
                patchRequestedFor(urlPathEqualTo("/participants/" + stubs.person))
                        .withRequestBody(
                                equalToJson("{\"availability\":{\"minNoticeDays\":3,\"maxSessionsPerMonth\":null}}")));
    }
}
