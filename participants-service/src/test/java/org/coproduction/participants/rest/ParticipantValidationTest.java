package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.participants.rest.ParticipantFixtures.window;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Each rule on its own, through the real endpoint: 400 problem+json naming the field. */
@QuarkusTest
class ParticipantValidationTest {

    private static ValidatableResponse post(Object body) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/participants")
                .then()
                .contentType("application/problem+json");
    }

    private static void refused(Map<String, Object> body, String field, String messagePart) {
        post(body)
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(messagePart));
    }

    @Test
    void malformedEmail() {
        Map<String, Object> body = valid();
        body.put("email", "aisha-at-example.org");
        refused(body, "email", "email address");
    }

    @Test
    void unknownEnumValue() {
        Map<String, Object> body = valid();
        body.put("role", "BOSS");
        refused(body, "role", "'BOSS' is not one of LIVED_EXPERIENCE");
    }

    @Test
    void unknownAccessNeed() {
        Map<String, Object> body = valid();
        group(body, "accessNeeds").put("needs", List.of("STEP_FREE_ACCESS", "JETPACK"));
        refused(body, "accessNeeds.needs[1]", "'JETPACK' is not one of");
    }

    @Test
    void unknownTimeZone() {
        Map<String, Object> body = valid();
        body.put("timeZone", "Europe/Atlantis");
        refused(body, "timeZone", "must be a time zone region such as Europe/London");
    }

    @Test
    void fixedOffsetIsNotATimeZone() {
        Map<String, Object> body = valid();
        body.put("timeZone", "+01:00");
        refused(body, "timeZone", "must be a time zone region such as Europe/London");
    }

    @Test
    void regionTimeZonesAreAcceptedAndAbbreviationsRefused() {
        for (String zone : List.of("America/Argentina/Buenos_Aires", "UTC")) {
            Map<String, Object> body = valid();
            body.put("timeZone", zone);
            given().auth()
                    .oauth2(TestTokens.coordinator())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/participants")
                    .then()
                    .statusCode(201)
                    .body("timeZone", equalTo(zone));
        }
        for (String zone : List.of("BST", "Europe/Cardiff", "UTC+1")) {
            Map<String, Object> body = valid();
            body.put("timeZone", zone);
            refused(body, "timeZone", "time zone region");
        }
    }

    @Test
    void windowEndNotAfterStart() {
        Map<String, Object> body = valid();
        group(body, "availability").put("weekly", List.of(window("MONDAY", "20:00", "18:00")));
        refused(body, "availability.weekly[0].end", "must be after start");
    }

    @Test
    void overlappingWindowsOnOneDay() {
        Map<String, Object> body = valid();
        group(body, "availability")
                .put(
                        "weekly",
                        List.of(
                                window("MONDAY", "18:00", "20:00"),
                                window("TUESDAY", "18:30", "19:00"),
                                window("MONDAY", "19:30", "21:00")));
        refused(body, "availability.weekly[2].start", "overlaps window 0");
    }

    @Test
    void touchingWindowsAreFine() {
        Map<String, Object> body = valid();
        group(body, "availability")
                .put("weekly", List.of(window("MONDAY", "18:00", "19:00"), window("MONDAY", "19:00", "20:00")));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/participants")
                .then()
                .statusCode(201);
    }

    @Test
    void absenceEndingBeforeItStarts() {
        Map<String, Object> body = valid();
        group(body, "availability")
                .put("unavailable", List.of(Map.of("from", "2027-04-15T00:00:00Z", "to", "2027-04-01T00:00:00Z")));
        refused(body, "availability.unavailable[0].to", "must be after from");
    }

    @Test
    void negativeLimits() {
        Map<String, Object> body = valid();
        group(body, "availability").put("maxSessionsPerMonth", -1);
        group(body, "availability").put("minNoticeDays", -3);
        post(body)
                .statusCode(400)
                .body(
                        "errors.field",
                        containsInAnyOrder("availability.maxSessionsPerMonth", "availability.minNoticeDays"));
    }

    @Test
    void mentorWhoIsNotRegistered() {
        Map<String, Object> body = valid();
        group(body, "support").put("mentorId", UUID.randomUUID().toString());
        refused(body, "support.mentorId", "no participant is registered");
    }

    @Test
    void mentorWhoIsThePersonThemself() {
        UUID id = register();
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType("application/merge-patch+json")
                .body(Map.of("support", Map.of("mentorId", id.toString())))
                .when()
                .patch("/participants/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("support.mentorId"))
                .body("errors[0].message", containsString("own mentor"));
    }

    @Test
    void aRegisteredMentorIsAccepted() {
        UUID mentor = register();
        Map<String, Object> body = valid();
        group(body, "support").put("mentorId", mentor.toString());
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/participants")
                .then()
                .statusCode(201)
                .body("support.mentorId", equalTo(mentor.toString()));
    }

    @Test
    void missingRequiredFields() {
        post(Map.of()).statusCode(400).body("errors.field", containsInAnyOrder("name", "email", "role", "timeZone"));
    }

    @Test
    void consentInTheFuture() {
        Map<String, Object> body = valid();
        body.put("consent", Map.of("givenAt", "2099-01-01T00:00:00Z", "version", "2026-11"));
        refused(body, "consent", "recorded by the service");
    }

    @Test
    void everyBadFieldIsListedInOneAnswer() {
        Map<String, Object> body = valid();
        body.put("email", "nope");
        body.put("status", "ASLEEP");
        body.put("timeZone", "Mars/Olympus");
        group(body, "communication").put("format", "BRAILLE");
        group(body, "availability")
                .put("weekly", List.of(window("FUNDAY", "10:00", "11:00"), window("MONDAY", "12:00", "11:00")));
        post(body)
                .statusCode(400)
                .body("detail", equalTo("6 fields are not valid."))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "email",
                                "status",
                                "timeZone",
                                "communication.format",
                                "availability.weekly[0].day",
                                "availability.weekly[1].end"));
    }

    @Test
    void unknownJsonFieldIsRefusedNamingIt() {
        Map<String, Object> body = valid();
        group(body, "financialSupport").put("taxi", true);
        post(body)
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("'financialSupport.taxi'"))
                .body("errors", nullValue());
    }

    @Test
    void wrongTypeAndMalformedTimeAndBrokenJson() {
        Map<String, Object> body = valid();
        group(body, "availability").put("weekly", List.of(window("MONDAY", "25:00", "26:00")));
        post(body)
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("'availability.weekly[0].start'"));

        Map<String, Object> wrongType = valid();
        group(wrongType, "financialSupport").put("travel", Map.of("yes", "please"));
        post(wrongType)
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("'financialSupport.travel'"));

        post("{\"name\": \"Aisha\",")
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"));
        post("").statusCode(400);
    }

    @Test
    void oversizedBodyIsRefused() {
        Map<String, Object> body = valid();
        group(body, "accessNeeds").put("notes", "x".repeat(300_000));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/participants")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:payload-too-large"));
    }

    @Test
    void tooLongTextIsRefused() {
        Map<String, Object> body = valid();
        group(body, "accessNeeds").put("notes", "x".repeat(2001));
        post(body).statusCode(400).body("errors.field", hasItem("accessNeeds.notes"));
    }

    @Test
    void wrongMediaTypeIs415() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.XML)
                .body("<participant/>")
                .when()
                .post("/participants")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }
}
