package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, on the real jars: what a session still needs arranging. An invitee who needs a BSL interpreter is one
 * unbooked interpreter in {@code missing} until the coordinator books one; dietary requirements are grouped however
 * people typed them, with names only when the coordinator asks; someone not coming is not expected.
 */
class ArrangementsIT {

    static SuiteEnvironment suite;
    static Coordinator coordinator;
    final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        suite = SuiteEnvironment.get();
        coordinator = new Coordinator(suite);
    }

    @Test
    void anUnbookedInterpreterIsMissingUntilBookedAndDietaryNeedsAreGroupedWithNamesOnlyWhenAsked() {
        People.Person bethan = new People.Person("bethan", "Bethan Lewis", "Bethan", "LIVED_EXPERIENCE")
                .needs("BSL_INTERPRETER")
                .dietary("Vegetarian");
        People.Person osian =
                new People.Person("osian", "Osian Rees", "Osian", "LIVED_EXPERIENCE").dietary(" vegetarian ");
        People.Person amara = new People.Person("amara", "Amara Obi", "Amara", "PRACTITIONER").dietary("halal");
        People.Person wyn = new People.Person("wyn", "Wyn Harries", "Wyn", "LIVED_EXPERIENCE").dietary("vegan");
        UUID bethanId = coordinator.register(bethan);
        UUID osianId = coordinator.register(osian);
        UUID amaraId = coordinator.register(amara);
        UUID wynId = coordinator.register(wyn);
        List<UUID> invitees = List.of(bethanId, osianId, amaraId, wynId);
        UUID projectId = coordinator.project("Arrangements " + unique, invitees);
        UUID venueId = coordinator.venue("Guildhall " + unique, "1 Guildhall Square, Carmarthen SA31 1PR");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(14)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(18);
        Map<String, Object> body = new HashMap<>(Map.of(
                "projectId",
                projectId,
                "title",
                "Spring gathering " + unique,
                "purpose",
                "Meet the new members",
                "type",
                "WORKSHOP",
                "format",
                "IN_PERSON",
                "venueId",
                venueId,
                "start",
                start.toString(),
                "end",
                start.plusHours(2).toString(),
                "timeZone",
                "Europe/London",
                "invitees",
                invitees));
        UUID sessionId = coordinator.session(body);
        // Wyn cannot come: his needs are not the session's.
        coordinator
                .to(suite.sessions)
                .body(Map.of("answer", "NOT_COMING"))
                .put("/sessions/" + sessionId + "/answers/" + wynId)
                .then()
                .statusCode(200);

        Map<String, Object> before = arrangements(sessionId, null);
        assertThat(before.get("sessionId")).isEqualTo(sessionId.toString());
        assertThat(before.get("expected")).as("invitees not NOT_COMING").isEqualTo(3);
        assertThat(dietary(before))
                .extracting(d ->
                        d.get("requirement").toString().toLowerCase() + " " + d.get("count") + " " + d.get("names"))
                .containsExactlyInAnyOrder("vegetarian 2 null", "halal 1 null");
        assertThat(interpreters(before)).hasSize(1);
        Map<String, Object> bsl = interpreters(before).get(0);
        assertThat(bsl)
                .containsEntry("language", "bfi")
                .containsEntry("neededBy", 1)
                .containsEntry("booked", false)
                .containsEntry("cost", null)
                .containsEntry("reference", null);
        assertThat(missing(before))
                .as("what is missing before the booking")
                .contains("1 person needs an interpreter (bfi) and none is booked");

        // The coordinator books one; sending the same booking twice is the same booking.
        Map<String, Object> booking = Map.of("booked", true, "cost", new BigDecimal("180.00"), "reference", "BSL-77");
        for (int i = 0; i < 2; i++) {
            Response booked = coordinator.to(suite.sessions).body(booking).put(interpreterPath(sessionId, "bfi"));
            assertThat(booked.statusCode()).as(booked.asString()).isEqualTo(200);
            Map<String, Object> answer = exact(booked);
            assertThat(answer)
                    .containsEntry("language", "bfi")
                    .containsEntry("booked", true)
                    .containsEntry("reference", "BSL-77");
            assertThat(new BigDecimal(answer.get("cost").toString())).isEqualByComparingTo("180.00");
        }

        Map<String, Object> after = arrangements(sessionId, null);
        Map<String, Object> bookedBsl = interpreters(after).get(0);
        assertThat(bookedBsl)
                .containsEntry("language", "bfi")
                .containsEntry("neededBy", 1)
                .containsEntry("booked", true)
                .containsEntry("reference", "BSL-77");
        assertThat(new BigDecimal(bookedBsl.get("cost").toString())).isEqualByComparingTo("180.00");
        assertThat(missing(after))
                .as("what is missing after the booking")
                .noneSatisfy(m -> assertThat(m).containsIgnoringCase("interpreter"));

        Map<String, Object> named = arrangements(sessionId, true);
        assertThat(dietary(named))
                .extracting(d -> d.get("requirement").toString().toLowerCase() + " " + d.get("count") + " " + names(d))
                .containsExactlyInAnyOrder(
                        "vegetarian 2 "
                                + List.of(bethan.name(), osian.name()).stream()
                                        .sorted()
                                        .toList(),
                        "halal 1 " + List.of(amara.name()));
        assertThat(named.toString()).as("someone not coming is not named").doesNotContain(wyn.name());

        // Only a coordinator sees this; a language is 2 to 8 letters.
        Problems.assertProblem(
                coordinator
                        .to(suite.sessions)
                        .auth()
                        .oauth2(TestTokens.participant(bethanId))
                        .get("/sessions/" + sessionId + "/arrangements"),
                403,
                "forbidden");
        Problems.assertProblem(
                coordinator.to(suite.sessions).body(booking).put(interpreterPath(sessionId, "b1")), 400, "validation");

        // Cancelling the booking puts it back in missing.
        coordinator
                .to(suite.sessions)
                .delete(interpreterPath(sessionId, "bfi"))
                .then()
                .statusCode(204);
        assertThat(missing(arrangements(sessionId, null)))
                .contains("1 person needs an interpreter (bfi) and none is booked");
    }

    private static String interpreterPath(UUID sessionId, String language) {
        return "/sessions/" + sessionId + "/interpreters/" + language;
    }

    private static Map<String, Object> arrangements(UUID sessionId, Boolean names) {
        var request = coordinator.to(suite.sessions);
        if (names != null) {
            request = request.queryParam("names", names);
        }
        Response response = request.get("/sessions/" + sessionId + "/arrangements");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return exact(response);
    }

    private static Map<String, Object> exact(Response response) {
        return JsonPath.from(response.asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getMap("");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dietary(Map<String, Object> arrangements) {
        return (List<Map<String, Object>>) arrangements.get("dietary");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> interpreters(Map<String, Object> arrangements) {
        return (List<Map<String, Object>>) arrangements.get("interpreters");
    }

    @SuppressWarnings("unchecked")
    private static List<String> missing(Map<String, Object> arrangements) {
        return (List<String>) arrangements.get("missing");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> dietary) {
        List<String> names = (List<String>) dietary.get("names");
        return names == null ? null : names.stream().sorted().toList();
    }
}
