package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.PrometheusScrape;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class SlotSearchResourceTest extends ApiTest {

    static Map<String, Object> search(List<UUID> people, String from, String to, int minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", people);
        body.put("from", from);
        body.put("to", to);
        body.put("durationMinutes", minutes);
        return body;
    }

    @Test
    void findsTheSharedTimeAcrossZonesWithOneBatchedLookup() {
        UUID london = People.person("Lon").free("MONDAY", "18:00", "20:00").register();
        UUID newYork = People.person("Nyc")
                .zone("America/New_York")
                .free("MONDAY", "12:00", "14:00")
                .register();
        UUID never = People.person("Never").register();
        Map<String, Object> body =
                search(List.of(london, newYork, never), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60);
        body.put("minAttendees", 2);
        PrometheusScrape before = PrometheusScrape.fetch();

        asCoordinator()
                .body(body)
                .post("/slot-search")
                .then()
                .statusCode(200)
                .body("slots", hasSize(1))
                .body("slots[0].start", equalTo("2027-03-01T18:00:00Z"))
                .body("slots[0].end", equalTo("2027-03-01T19:00:00Z"))
                .body("slots[0].available", containsInAnyOrder(london.toString(), newYork.toString()))
                .body("slots[0].unavailable[0].participantId", equalTo(never.toString()))
                .body("slots[0].unavailable[0].reason", equalTo("OUTSIDE_AVAILABILITY"))
                .body("candidateSlots", equalTo(47));

        WireMockServers.participants()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo("/participants/lookup"))
                                .withRequestBody(matchingJsonPath(
                                        "$.ids.length()",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("3"))));
        // Timed once, in the band of searches for up to ten people, with buckets for a percentile; and the request
        // itself in http_server_requests_seconds with its buckets.
        PrometheusScrape after = PrometheusScrape.fetch();
        assertThat(after.value(SEARCHES, "people", "1-10") - before.value(SEARCHES, "people", "1-10"))
                .isEqualTo(1);
        assertThat(after.value(SEARCHES, "people", "11-100") - before.value(SEARCHES, "people", "11-100"))
                .isZero();
        assertThat(after.value("coproduction_slot_search_seconds_bucket", "people", "1-10", "le", "+Inf"))
                .isEqualTo(after.value(SEARCHES, "people", "1-10"));
        assertThat(after.value("http_server_requests_seconds_bucket", "uri", "/slot-search", "le", "0.1"))
                .isGreaterThanOrEqualTo(0);
        assertThat(after.value("http_server_requests_seconds_count", "uri", "/slot-search", "status", "200"))
                .isGreaterThanOrEqualTo(1);
    }

    private static final String SEARCHES = "coproduction_slot_search_seconds_count";

    @Test
    void aScheduledSessionMakesItsInviteesDoubleBooked() {
        UUID sam = People.person("Sam").free("MONDAY", "18:00", "20:00").register();
        String project = createProject(sam);
        asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", "2027-03-01T18:00:00Z", "2027-03-01T19:00:00Z", sam))
                .post("/sessions")
                .then()
                .statusCode(201);

        asCoordinator()
                .body(search(List.of(sam), "2027-03-01T18:00:00Z", "2027-03-01T20:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(200)
                .body("slots.start", equalTo(List.of("2027-03-01T19:00:00Z")))
                .body("people[0].reasons.DOUBLE_BOOKED", equalTo(2));
    }

    @Test
    void anEmptyAnswerSaysWhyForEachPerson() {
        UUID away = People.person("Away")
                .free("MONDAY", "18:00", "20:00")
                .absent("2027-02-28T00:00:00Z", "2027-03-08T00:00:00Z")
                .register();
        Map<String, Object> body = search(List.of(away), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60);

        asCoordinator()
                .body(body)
                .post("/slot-search")
                .then()
                .statusCode(200)
                .body("slots", empty())
                .body("people[0].participantId", equalTo(away.toString()))
                .body("people[0].freeSlots", equalTo(0))
                .body("people[0].reasons.ABSENT", equalTo(47));
    }

    @Test
    void requiredPeopleAreAskedForEvenIfNotListedAndRankFirst() {
        UUID chair = People.person("Chair").free("MONDAY", "18:00", "19:00").register();
        UUID b = People.person("B").free("MONDAY", "18:00", "21:00").register();
        UUID c = People.person("C").free("MONDAY", "19:00", "21:00").register();
        UUID d = People.person("D").free("MONDAY", "19:00", "21:00").register();
        Map<String, Object> body = search(List.of(b, c, d), "2027-03-01T18:00:00Z", "2027-03-01T21:00:00Z", 60);
        body.put("requiredParticipantIds", List.of(chair));
        body.put("stepMinutes", 60);

        asCoordinator()
                .body(body)
                .post("/slot-search")
                .then()
                .statusCode(200)
                .body("slots[0].start", equalTo("2027-03-01T18:00:00Z"))
                .body("slots[0].available", hasItem(chair.toString()))
                .body("slots[0].allRequiredFree", equalTo(true))
                .body("slots[0].missingRequired", empty())
                .body("slots[1].available", hasSize(3))
                .body("slots[1].allRequiredFree", equalTo(false))
                .body("slots[1].missingRequired", equalTo(List.of(chair.toString())));
    }

    @Test
    void badInputIs400WithEveryBadField() {
        double searches = PrometheusScrape.fetch().value(SEARCHES);
        UUID sam = People.person("Sam").register();
        asCoordinator()
                .body(search(List.of(sam), "2027-03-02T00:00:00Z", "2027-03-01T00:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
        asCoordinator()
                .body(search(List.of(sam), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 0))
                .post("/slot-search")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("durationMinutes")));
        asCoordinator()
                .body(search(List.of(), "2027-03-01T00:00:00Z", "2027-09-02T00:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("participantIds", "to"));
        Map<String, Object> tooMany = search(List.of(sam), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60);
        tooMany.put("minAttendees", 5);
        asCoordinator()
                .body(tooMany)
                .post("/slot-search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("minAttendees"));
        Map<String, Object> wrongType = search(List.of(sam), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60);
        wrongType.put("from", "next monday");
        // An instant that cannot be read is a validation problem naming the field (platform-http's wording).
        asCoordinator()
                .body(wrongType)
                .post("/slot-search")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:validation"))
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", containsString("UTC instant"));
        WireMockServers.participants().verify(0, postRequestedFor(urlEqualTo("/participants/lookup")));
        // Refused requests are not searches: the timer does not count them.
        assertThat(PrometheusScrape.fetch().value(SEARCHES)).isEqualTo(searches);
    }

    @Test
    void tooManyIdsIs400AndNeverReachesParticipantsService() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            ids.add(UUID.randomUUID());
        }
        asCoordinator()
                .body(search(ids, "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("participantIds"));
        WireMockServers.participants().verify(0, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void tenThousandIdsIsOverTheBodyLimitA413ProblemAndNeverReachesParticipantsService() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(UUID.randomUUID());
        }
        // About 390 KB: over the one 256 KiB body limit, refused before it is read.
        asCoordinator()
                .body(search(ids, "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:payload-too-large"));
        WireMockServers.participants().verify(0, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void moreThanAThousandPeopleInAllIs400() {
        List<UUID> asked = new ArrayList<>();
        List<UUID> required = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            asked.add(UUID.randomUUID());
            required.add(UUID.randomUUID());
        }
        Map<String, Object> body = search(asked, "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60);
        body.put("requiredParticipantIds", required);
        asCoordinator()
                .body(body)
                .post("/slot-search")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("requiredParticipantIds"));
        WireMockServers.participants().verify(0, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void unknownPeopleAre404() {
        UUID ghost = UUID.randomUUID();
        asCoordinator()
                .body(search(List.of(ghost), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(404)
                .body("detail", containsString(ghost.toString()));
    }

    @Test
    void participantsServiceDownIs503() {
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withStatus(503)));
        asCoordinator()
                .body(search(List.of(UUID.randomUUID()), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(503)
                .body("detail", containsString("participants-service"));
    }

    @Test
    void onlyCoordinatorsSearch() {
        asParticipant(UUID.randomUUID())
                .body(search(List.of(UUID.randomUUID()), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(403);
        asService()
                .body(search(List.of(UUID.randomUUID()), "2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60))
                .post("/slot-search")
                .then()
                .statusCode(403);
    }
}
