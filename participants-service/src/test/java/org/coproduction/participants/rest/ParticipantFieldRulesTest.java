package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.participants.rest.ParticipantFixtures.window;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.coproduction.participants.domain.TrainingTopic;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field rule of a participant, each broken on its own through the real endpoint, and the values just inside
 * each limit accepted. Complements {@link ParticipantValidationTest}, which covers the cross-field rules.
 */
@QuarkusTest
class ParticipantFieldRulesTest {

    /** One broken rule: what to change in a valid body, and the field and words the 400 must name. */
    record Case(String rule, Consumer<Map<String, Object>> breakIt, String field, String message) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static Case top(String rule, String key, Object value, String field, String message) {
        return new Case(rule, body -> body.put(key, value), field, message);
    }

    private static Case in(String rule, String groupName, String key, Object value, String field, String message) {
        return new Case(rule, body -> group(body, groupName).put(key, value), field, message);
    }

    static Stream<Case> brokenRules() {
        return Stream.of(
                top("blank name", "name", "   ", "name", "must not be blank"),
                top("name over 200 characters", "name", "n".repeat(201), "name", "size must be between 0 and 200"),
                top("preferred name over 100", "preferredName", "p".repeat(101), "preferredName", "between 0 and 100"),
                top("pronouns over 50", "pronouns", "p".repeat(51), "pronouns", "between 0 and 50"),
                top("organisation over 200", "organisation", "o".repeat(201), "organisation", "between 0 and 200"),
                top("email over 320", "email", "a".repeat(310) + "@example.org", "email", "between 0 and 320"),
                top("email without a domain", "email", "aisha@localhost", "email", "name@example.org"),
                top("phone in words", "phone", "call me", "phone", "must be a phone number"),
                top("phone too short", "phone", "12345", "phone", "must be a phone number"),
                top("role left out", "role", null, "role", "must not be null"),
                top(
                        "status in lower case",
                        "status",
                        "active",
                        "status",
                        "'active' is not one of ACTIVE, PAUSED, WITHDRAWN"),
                top("blank time zone", "timeZone", " ", "timeZone", "must not be blank"),
                top(
                        "template in an enum value is never interpolated",
                        "role",
                        "{jakarta.validation.constraints.NotNull.message}",
                        "role",
                        "'jakarta.validation.constraints.NotNull.message' is not one of"),
                in(
                        "more than 14 needs",
                        "accessNeeds",
                        "needs",
                        Collections.nCopies(15, "CAPTIONS"),
                        "accessNeeds.needs",
                        "lists at most 14 needs"),
                in(
                        "access notes over 2000",
                        "accessNeeds",
                        "notes",
                        "x".repeat(2001),
                        "accessNeeds.notes",
                        "between 0 and 2000"),
                in(
                        "unknown payment",
                        "financialSupport",
                        "paymentForTime",
                        "CASH",
                        "financialSupport.paymentForTime",
                        "'CASH' is not one of WANTS_PAYMENT, DECLINES_PAYMENT, VOUCHERS"),
                in(
                        "dietary requirements over 500",
                        "financialSupport",
                        "dietaryRequirements",
                        "d".repeat(501),
                        "financialSupport.dietaryRequirements",
                        "between 0 and 500"),
                in(
                        "language name instead of tag",
                        "language",
                        "preferred",
                        "english",
                        "language.preferred",
                        "must be a language tag such as en, cy or gd"),
                in(
                        "interpretation code in capitals",
                        "language",
                        "interpretation",
                        "BFI",
                        "language.interpretation",
                        "must be a language code such as bfi"),
                in(
                        "unknown channel",
                        "communication",
                        "channel",
                        "PIGEON",
                        "communication.channel",
                        "'PIGEON' is not one of"),
                in(
                        "unknown frequency",
                        "communication",
                        "digestFrequency",
                        "DAILY",
                        "communication.digestFrequency",
                        "'DAILY' is not one of WEEKLY, FORTNIGHTLY, MONTHLY, NEVER"),
                in(
                        "unknown digest day",
                        "communication",
                        "digestDay",
                        "MON",
                        "communication.digestDay",
                        "'MON' is not one of MONDAY"),
                in(
                        "more than 100 sessions a month",
                        "availability",
                        "maxSessionsPerMonth",
                        101,
                        "availability.maxSessionsPerMonth",
                        "less than or equal to 100"),
                in(
                        "more than a year's notice",
                        "availability",
                        "minNoticeDays",
                        366,
                        "availability.minNoticeDays",
                        "less than or equal to 365"),
                in(
                        "more than 50 weekly windows",
                        "availability",
                        "weekly",
                        fiftyOneWindows(),
                        "availability.weekly",
                        "between 0 and 50"),
                in(
                        "window without a start",
                        "availability",
                        "weekly",
                        List.of(Map.of("day", "MONDAY", "end", "10:00")),
                        "availability.weekly[0].start",
                        "must not be null"),
                in(
                        "absence without a start",
                        "availability",
                        "unavailable",
                        List.of(Map.of("to", "2027-04-01T00:00:00Z")),
                        "availability.unavailable[0].from",
                        "must not be null"),
                in(
                        "absence reason over 200",
                        "availability",
                        "unavailable",
                        List.of(Map.of(
                                "from",
                                "2027-04-01T00:00:00Z",
                                "to",
                                "2027-04-02T00:00:00Z",
                                "reason",
                                "r".repeat(201))),
                        "availability.unavailable[0].reason",
                        "between 0 and 200"),
                in(
                        "training interest outside the vocabulary",
                        "support",
                        "trainingInterests",
                        List.of("FACILITATION", "COOKING"),
                        "support.trainingInterests[1]",
                        "'COOKING' is not one of CO_PRODUCTION_BASICS, FACILITATION, CHAIRING_MEETINGS,"
                                + " PUBLIC_SPEAKING, SHARING_LIVED_EXPERIENCE, PEER_SUPPORT, MENTORING, SAFEGUARDING,"
                                + " TRAUMA_INFORMED_PRACTICE, RESEARCH_AND_EVALUATION, PLAIN_LANGUAGE_WRITING,"
                                + " DIGITAL_SKILLS, EQUALITY_AND_INCLUSION, GOVERNANCE, INTERVIEWING_AND_RECRUITMENT"),
                in(
                        "more than 15 training interests",
                        "support",
                        "trainingInterests",
                        IntStream.range(0, 16).mapToObj(i -> "FACILITATION").toList(),
                        "support.trainingInterests",
                        "lists at most 15 topics"),
                in(
                        "training notes over 500",
                        "support",
                        "trainingNotes",
                        "n".repeat(501),
                        "support.trainingNotes",
                        "between 0 and 500"),
                in(
                        "control character in training notes",
                        "support",
                        "trainingNotes",
                        "public\u0007speaking",
                        "support.trainingNotes",
                        "control"),
                in(
                        "unknown support preference",
                        "support",
                        "preference",
                        "ALONE",
                        "support.preference",
                        "'ALONE' is not one of GROUP, ONE_TO_ONE, NO_PREFERENCE"));
    }

    private static List<Map<String, Object>> fiftyOneWindows() {
        List<Map<String, Object>> windows = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            windows.add(window(
                    "MONDAY",
                    String.format("%02d:%02d", i / 4, (i % 4) * 15),
                    String.format("%02d:%02d", i / 4, (i % 4) * 15 + 10)));
        }
        return windows;
    }

    private static Response post(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/participants");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsA400NamingTheFieldAndNothingIsStored(Case broken) {
        String marker = "Rule" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = valid();
        body.put("organisation", marker);
        broken.breakIt().accept(body);
        Response response = post(body);
        assertInvalidFields(response, broken.field());
        List<Map<String, String>> errors = response.jsonPath().getList("errors");
        // Only the broken field is reported: a missing start, say, is not also reported as a window out of order.
        assertThat(errors).allSatisfy(error -> assertThat(error.get("field")).isEqualTo(broken.field()));
        assertThat(errors).anySatisfy(error -> assertThat(error.get("message")).contains(broken.message()));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("q", marker)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void valuesJustInsideEveryLimitAreAccepted() {
        Map<String, Object> body = valid();
        body.put("name", "N".repeat(200));
        body.put("preferredName", "P".repeat(100));
        body.put("pronouns", "p".repeat(50));
        body.put("phone", "+44 (0)20 7946-0000");
        body.put("status", "WITHDRAWN");
        group(body, "accessNeeds")
                .put(
                        "needs",
                        List.of(
                                "STEP_FREE_ACCESS",
                                "ACCESSIBLE_TOILET",
                                "HEARING_LOOP",
                                "BSL_INTERPRETER",
                                "SPOKEN_LANGUAGE_INTERPRETER",
                                "CAPTIONS",
                                "LARGE_PRINT",
                                "EASY_READ",
                                "SCREEN_READER_FRIENDLY",
                                "QUIET_SPACE",
                                "REGULAR_BREAKS",
                                "PHONE_DIAL_IN",
                                "ASSISTANCE_DOG_WELCOME",
                                "PERSONAL_ASSISTANT"));
        group(body, "language").put("preferred", "cy-GB");
        group(body, "language").put("interpretation", "pl");
        group(body, "availability").put("maxSessionsPerMonth", 100);
        group(body, "availability").put("minNoticeDays", 365);
        group(body, "support")
                .put(
                        "trainingInterests",
                        Arrays.stream(TrainingTopic.values()).map(Enum::name).toList());
        group(body, "support").put("trainingNotes", "t".repeat(250) + "\r\n\t" + "t".repeat(247));
        post(body)
                .then()
                .statusCode(201)
                .body("name", equalTo("N".repeat(200)))
                .body("status", equalTo("WITHDRAWN"))
                .body("accessNeeds.needs.size()", equalTo(14))
                .body("support.trainingInterests.size()", equalTo(15))
                .body("support.trainingNotes.length()", equalTo(500))
                .body("availability.minNoticeDays", equalTo(365));
    }

    @Test
    void consentIsRecordedByTheServiceNeverSentByTheClient() {
        Map<String, Object> backDated = valid();
        backDated.put("consent", Map.of("givenAt", "2000-01-01T00:00:00Z", "version", "2000-01"));
        post(backDated)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("consent"))
                .body("errors[0].message", containsString("recorded by the service"));

        Instant before = Instant.now().minusSeconds(1);
        String givenAt = post(valid())
                .then()
                .statusCode(201)
                .body("consent.version", equalTo("2026-11"))
                .body("consent.withdrawn", empty())
                .extract()
                .path("consent.givenAt");
        assertThat(Instant.parse(givenAt))
                .isAfter(before)
                .isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void severalBrokenRulesAreListedInFieldOrder() {
        Map<String, Object> body = valid();
        body.put("phone", "call me");
        group(body, "support").put("preference", "ALONE");
        group(body, "availability")
                .put("weekly", List.of(window("MONDAY", "18:00", "20:00"), window("MONDAY", "19:00", "21:00")));
        body.put("consent", Map.of("givenAt", "2026-11-25T10:00:00Z", "version", "2026-11"));
        List<String> fields = post(body).then().statusCode(400).extract().path("errors.field");
        assertThat(fields).containsExactly("availability.weekly[1].start", "consent", "phone", "support.preference");
    }
}
