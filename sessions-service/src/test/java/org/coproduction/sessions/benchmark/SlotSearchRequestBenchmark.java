package org.coproduction.sessions.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.slots.Interval;
import org.coproduction.sessions.domain.slots.WeeklyWindow;
import org.coproduction.sessions.support.ParticipantDirectoryStub;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole POST /slot-search request: HTTP in, JSON, validation, the batched lookup of everyone from the
 * participants-service stand-in (WireMock, same machine), the two set queries on PostgreSQL (booked sessions,
 * fairness), the computation and the JSON answer. Run with {@code -Pbenchmark}; it prints a table and one
 * {@code BENCH slot-request} line per size. 1000 people is the most one request may name: the API's own limit
 * (participantIds 1..1000) and participants-service's lookup limit (1..1000 ids) are the same, per CONTRACTS.md.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
@Tag("benchmark")
class SlotSearchRequestBenchmark {
    static final int WARMUP = 20;
    static final int RUNS = 50;
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/slot-search")
    URI slotSearch;

    @Test
    void wholeRequest() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = TestTokens.coordinator();
        StringBuilder table =
                new StringBuilder("| people | runs | median ms | p95 ms | min ms | max ms | median µs per person |\n"
                        + "|---|---|---|---|---|---|---|\n");
        StringBuilder lines = new StringBuilder();
        int[] sizes = {500, 100, 250, 500, 1000};
        for (int round = 0; round < sizes.length; round++) {
            int count = sizes[round];
            // The first round only warms the JIT, the connection pools and PostgreSQL's caches.
            boolean warmUpRound = round == 0;
            List<SyntheticPopulation.Person> people = SyntheticPopulation.people(count, 7 + count);
            store(people);
            String body = JSON.writeValueAsString(Map.of(
                    "participantIds",
                    people.stream().map(p -> p.id()).toList(),
                    "requiredParticipantIds",
                    List.of(people.get(0).id()),
                    "from",
                    SyntheticPopulation.FROM.toString(),
                    "to",
                    SyntheticPopulation.TO.toString(),
                    "durationMinutes",
                    90,
                    "stepMinutes",
                    30,
                    "minAttendees",
                    3,
                    "limit",
                    10));
            HttpRequest request = HttpRequest.newBuilder(slotSearch)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            for (int i = 0; i < WARMUP; i++) {
                check(http.send(request, HttpResponse.BodyHandlers.ofString()));
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                nanos[i] = System.nanoTime() - start;
                check(response);
            }
            if (!warmUpRound) {
                Stats stats = Stats.of(nanos);
                table.append(stats.row(count)).append('\n');
                lines.append(stats.benchLine("slot-request", count)).append('\n');
            }
        }
        System.out.println("\nWhole POST /slot-search request, 4030 candidate starts:\n" + table + "\n" + lines);
    }

    static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200 || !response.body().contains("\"slots\":[{")) {
            throw new IllegalStateException("unexpected answer " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    /** People into the participants-service stand-in; their booked sessions and a shared project into the db. */
    static void store(List<SyntheticPopulation.Person> people) {
        for (SyntheticPopulation.Person p : people) {
            ParticipantDirectoryStub.register(json(p));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Project project = new Project();
            project.name = "Benchmark project";
            people.forEach(p -> project.members.add(p.id()));
            project.persist();
            for (SyntheticPopulation.Person p : people) {
                for (Interval booked : p.booked()) {
                    Session s = new Session();
                    s.project = project;
                    s.title = "Booked";
                    s.type = SessionType.MEETING;
                    s.format = SessionFormat.ONLINE;
                    s.start = booked.start();
                    s.end = booked.end();
                    s.timeZone = p.zone();
                    s.invitees.add(p.id());
                    s.persist();
                }
            }
        });
    }

    static ObjectNode json(SyntheticPopulation.Person p) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", p.id().toString());
        node.put("name", "Person " + p.id());
        node.put("timeZone", p.zone());
        node.put("status", "ACTIVE");
        node.putObject("accessNeeds").putArray("needs").add("STEP_FREE_ACCESS");
        ObjectNode availability = node.putObject("availability");
        ArrayNode weekly = availability.putArray("weekly");
        for (WeeklyWindow w : p.weekly()) {
            weekly.addObject()
                    .put("day", w.day().name())
                    .put("start", w.start().toString())
                    .put("end", w.end().toString());
        }
        ArrayNode unavailable = availability.putArray("unavailable");
        for (Interval a : p.absences()) {
            unavailable
                    .addObject()
                    .put("from", a.start().toString())
                    .put("to", a.end().toString())
                    .put("reason", "holiday");
        }
        if (p.maxPerMonth() != null) {
            availability.put("maxSessionsPerMonth", p.maxPerMonth());
        }
        if (p.noticeDays() != null) {
            availability.put("minNoticeDays", p.noticeDays());
        }
        return node;
    }

    static List<UUID> ids(List<SyntheticPopulation.Person> people) {
        return new ArrayList<>(
                people.stream().map(SyntheticPopulation.Person::id).toList());
    }
}
