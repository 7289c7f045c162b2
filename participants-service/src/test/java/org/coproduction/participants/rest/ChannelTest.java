package org.coproduction.participants.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.participants.support.InjectNotifications;
import org.coproduction.participants.support.OtherServicesWireMock;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Email is needed only for the EMAIL channel; PHONE needs a phone number and POST a postal address. */
@QuarkusTest
class ChannelTest {

    @InjectNotifications
    WireMockServer notifications;

    @BeforeEach
    @AfterEach
    void othersAccept() {
        OtherServicesWireMock.acceptEverything(notifications);
    }

    private static Map<String, Object> byPost() {
        Map<String, Object> body = valid();
        body.remove("email");
        group(body, "communication").put("channel", "POST");
        body.put("postalAddress", address(List.of("12 High Street", "Leeds"), "LS1 4AB"));
        return body;
    }

    private static Map<String, Object> address(List<String> lines, String postcode) {
        Map<String, Object> address = new HashMap<>();
        address.put("lines", new ArrayList<>(lines));
        address.put("postcode", postcode);
        return address;
    }

    private static Response post(Object body) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/participants");
    }

    private static Response patch(String token, UUID id, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/participants/" + id);
    }

    private static Response get(String token, UUID id) {
        return given().auth().oauth2(token).get("/participants/" + id);
    }

    @Test
    void aPersonWithNoEmailRegistersByPostAndIsShownWithTheirAddressEverywhere() {
        UUID id = register(byPost());

        for (String token : List.of(TestTokens.coordinator(), TestTokens.participant(id))) {
            get(token, id)
                    .then()
                    .statusCode(200)
                    .body("email", nullValue())
                    .body("communication.channel", equalTo("POST"))
                    .body("postalAddress.lines", contains("12 High Street", "Leeds"))
                    .body("postalAddress.postcode", equalTo("LS1 4AB"))
                    .body("phone", equalTo("+44 7700 900123"))
                    .body("createdAt", notNullValue());
        }
        given().auth()
                .oauth2(TestTokens.service("notifications-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(id)))
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .body("items[0].email", nullValue())
                .body("items[0].postalAddress.postcode", equalTo("LS1 4AB"))
                .body("items[0].createdAt", notNullValue());
        String name = (String) byPostName(id);
        given().auth()
                .oauth2(TestTokens.service("notifications-service"))
                .queryParam("q", name)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("items.postalAddress.postcode", hasItem("LS1 4AB"));
        // Nobody is found by an empty email.
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("email", "")
                .queryParam("q", name)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    private static Object byPostName(UUID id) {
        return get(TestTokens.coordinator(), id).then().extract().path("name");
    }

    @Test
    void manyPeopleMayHaveNoEmail() {
        UUID first = register(byPost());
        UUID second = register(byPost());
        Map<String, Object> byPhone = valid();
        byPhone.put("email", null);
        group(byPhone, "communication").put("channel", "PHONE");
        UUID third = register(byPhone);
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        get(TestTokens.coordinator(), third).then().statusCode(200).body("email", nullValue());
    }

    @Test
    void eachChannelNeedsItsOwnWayToReachThePerson() {
        Map<String, Object> noEmail = valid();
        noEmail.remove("email");
        assertMessage(post(noEmail), "email", "is needed when channel is EMAIL");
        Map<String, Object> defaultChannel = valid();
        defaultChannel.remove("email");
        defaultChannel.remove("communication");
        assertMessage(post(defaultChannel), "email", "is needed when channel is EMAIL");

        Map<String, Object> noPhone = valid();
        noPhone.remove("phone");
        group(noPhone, "communication").put("channel", "PHONE");
        assertMessage(post(noPhone), "phone", "is needed when channel is PHONE");

        Map<String, Object> noAddress = byPost();
        noAddress.remove("postalAddress");
        assertMessage(post(noAddress), "postalAddress", "is needed when channel is POST");

        Map<String, Object> emptyEmail = byPost();
        emptyEmail.put("email", "");
        assertInvalidFields(post(emptyEmail), "email");
    }

    @Test
    void aPostalAddressIsCheckedLineByLine() {
        Map<String, Object> tooMany = byPost();
        tooMany.put("postalAddress", address(Collections.nCopies(7, "Line"), "LS1 4AB"));
        assertInvalidFields(post(tooMany), "postalAddress.lines");

        Map<String, Object> none = byPost();
        none.put("postalAddress", address(List.of(), "LS1 4AB"));
        assertInvalidFields(post(none), "postalAddress.lines");

        Map<String, Object> tooLong = byPost();
        tooLong.put("postalAddress", address(List.of("x".repeat(101)), "LS1 4AB"));
        assertInvalidFields(post(tooLong), "postalAddress.lines[0]");

        Map<String, Object> blankLine = byPost();
        blankLine.put("postalAddress", address(List.of("12 High Street", " "), "LS1 4AB"));
        assertInvalidFields(post(blankLine), "postalAddress.lines[1]");

        Map<String, Object> nul = byPost();
        nul.put("postalAddress", address(List.of("12 High\u0000 Street"), "LS1 4AB"));
        assertInvalidFields(post(nul), "postalAddress.lines[0]");

        Map<String, Object> lineBreak = byPost();
        lineBreak.put("postalAddress", address(List.of("12 High Street\nLeeds"), "LS1 4AB"));
        assertInvalidFields(post(lineBreak), "postalAddress.lines[0]");

        Map<String, Object> longPostcode = byPost();
        longPostcode.put("postalAddress", address(List.of("12 High Street"), "LS1 4AB 12345"));
        assertInvalidFields(post(longPostcode), "postalAddress.postcode");

        Map<String, Object> noPostcode = byPost();
        noPostcode.put("postalAddress", address(List.of("12 High Street"), null));
        assertInvalidFields(post(noPostcode), "postalAddress.postcode");

        Map<String, Object> controlInPostcode = byPost();
        controlInPostcode.put("postalAddress", address(List.of("12 High Street"), "LS1\u0007 4AB"));
        assertInvalidFields(post(controlInPostcode), "postalAddress.postcode");

        Map<String, Object> badPhone = byPost();
        badPhone.put("phone", "call me maybe");
        assertInvalidFields(post(badPhone), "phone");
        badPhone.put("phone", "0".repeat(41));
        assertInvalidFields(post(badPhone), "phone");
    }

    @Test
    void aPatchMustKeepTheChosenChannelReachable() {
        UUID id = register();
        String own = TestTokens.participant(id);
        assertMessage(
                patch(own, id, "{\"communication\": {\"channel\": \"POST\"}}"),
                "postalAddress",
                "is needed when channel is POST");
        assertMessage(patch(own, id, "{\"email\": null}"), "email", "is needed when channel is EMAIL");
        assertMessage(
                patch(own, id, "{\"phone\": null, \"communication\": {\"channel\": \"PHONE\"}}"),
                "phone",
                "is needed when channel is PHONE");

        // Post with an address, then the email can go (no confirmation needed to remove one's own address).
        patch(
                        own,
                        id,
                        Map.of(
                                "communication", Map.of("channel", "POST"),
                                "postalAddress", address(List.of("1 Mill Lane", "Hebden Bridge"), "HX7 8AA")))
                .then()
                .statusCode(200)
                .body("postalAddress.lines", contains("1 Mill Lane", "Hebden Bridge"));
        patch(own, id, "{\"email\": null}").then().statusCode(200).body("email", nullValue());
        assertMessage(patch(own, id, "{\"postalAddress\": null}"), "postalAddress", "is needed when channel is POST");

        // Back to email: a participant's new address waits for its link, so EMAIL has to wait for it too.
        String address = "back." + id + "@example.org";
        assertMessage(
                patch(own, id, Map.of("email", address, "communication", Map.of("channel", "EMAIL"))),
                "communication.channel",
                "can be EMAIL once your new email address is confirmed: save the address, follow the link sent to it, then choose EMAIL");
        patch(own, id, Map.of("email", address))
                .then()
                .statusCode(200)
                .body("email", nullValue())
                .body("pendingEmail", equalTo(address));
        assertThat(notifications.findAll(postRequestedFor(urlEqualTo("/email-confirmations"))))
                .hasSize(1);
        // A coordinator sets an address directly, and may choose EMAIL with it at once.
        patch(
                        TestTokens.coordinator(),
                        id,
                        Map.of("email", "set." + id + "@example.org", "communication", Map.of("channel", "EMAIL")))
                .then()
                .statusCode(200)
                .body("email", equalTo("set." + id + "@example.org"))
                .body("communication.channel", equalTo("EMAIL"));
    }

    @Test
    void contactDetailsAreAuditedNeverTheValues() {
        UUID id = register(byPost());
        patch(TestTokens.participant(id), id, Map.of("postalAddress", address(List.of("9 New Road"), "LS2 9JT")))
                .then()
                .statusCode(200);
        patch(TestTokens.participant(id), id, Map.of("pronouns", "they/them"))
                .then()
                .statusCode(200);
        get(TestTokens.coordinator(), id).then().statusCode(200);

        List<Map<String, Object>> entries = given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", id.toString())
                .queryParam("size", 200)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(entries)
                .extracting(e -> e.get("actorRole") + " " + e.get("action") + " " + e.get("part"))
                .contains(
                        "coordinator CHANGE CONTACT_DETAILS",
                        "participant CHANGE CONTACT_DETAILS",
                        "coordinator READ CONTACT_DETAILS")
                .containsOnlyOnce("participant CHANGE CONTACT_DETAILS");
        assertThat(entries.toString()).doesNotContain("New Road", "LS2 9JT", "High Street");
    }

    private static void assertMessage(Response response, String field, String message) {
        assertInvalidFields(response, field);
        List<Map<String, String>> errors = response.jsonPath().getList("errors");
        assertThat(errors).contains(Map.of("field", field, "message", message));
    }
}
