package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;

/** Builds valid participant bodies (mutable maps, so a test can break exactly one thing) and registers them. */
public final class ParticipantFixtures {

    private ParticipantFixtures() {}

    public static Map<String, Object> valid() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Aisha Khan " + unique);
        body.put("preferredName", "Aisha");
        body.put("pronouns", "she/her");
        body.put("email", "aisha." + unique + "@example.org");
        body.put("phone", "+44 7700 900123");
        body.put("role", "LIVED_EXPERIENCE");
        body.put("organisation", "Recovery Network");
        body.put("timeZone", "Europe/London");
        body.put(
                "accessNeeds",
                new HashMap<>(Map.of(
                        "needs", List.of("STEP_FREE_ACCESS", "BSL_INTERPRETER"), "notes", "Seat near the door")));
        body.put(
                "financialSupport",
                new HashMap<>(Map.of(
                        "paymentForTime",
                        "WANTS_PAYMENT",
                        "travel",
                        true,
                        "childcare",
                        true,
                        "careCover",
                        false,
                        "meals",
                        true,
                        "dietaryRequirements",
                        "vegetarian")));
        body.put("language", new HashMap<>(Map.of("preferred", "en", "interpretation", "bfi", "plainLanguage", true)));
        body.put(
                "communication",
                new HashMap<>(Map.of(
                        "channel", "EMAIL", "digestFrequency", "WEEKLY", "digestDay", "MONDAY", "format", "HTML")));
        Map<String, Object> availability = new HashMap<>();
        availability.put(
                "weekly",
                new ArrayList<>(List.of(window("MONDAY", "18:00", "20:30"), window("THURSDAY", "10:00", "12:00"))));
        availability.put(
                "unavailable",
                new ArrayList<>(List.of(
                        Map.of("from", "2027-04-01T00:00:00Z", "to", "2027-04-15T00:00:00Z", "reason", "holiday"))));
        availability.put("maxSessionsPerMonth", 4);
        availability.put("minNoticeDays", 7);
        body.put("availability", availability);
        body.put(
                "support",
                new HashMap<>(Map.of("trainingInterests", List.of("FACILITATION"), "preference", "ONE_TO_ONE")));
        return body;
    }

    public static Map<String, Object> window(String day, String start, String end) {
        return new HashMap<>(Map.of("day", day, "start", start, "end", end));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> group(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    /** Registers the body as a coordinator and returns the new id. */
    public static UUID register(Map<String, Object> body) {
        String id = given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/participants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    public static UUID register() {
        return register(valid());
    }
}
