package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.register;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantConcurrencyTest {

    @Test
    void twoUpdatesWithTheSameIfMatchExactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = register();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (String organisation : List.of("Left", "Right")) {
                    Callable<Integer> update = () -> {
                        start.await(5, TimeUnit.SECONDS);
                        return given().auth()
                                .oauth2(TestTokens.coordinator())
                                .contentType("application/merge-patch+json")
                                .header("If-Match", "\"0\"")
                                .body("{\"organisation\": \"" + organisation + "\"}")
                                .patch("/participants/" + id)
                                .statusCode();
                    };
                    answers.add(pool.submit(update));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(30, TimeUnit.SECONDS));
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            } finally {
                pool.shutdownNow();
            }
            int version = given().auth()
                    .oauth2(TestTokens.coordinator())
                    .get("/participants/" + id)
                    .then()
                    .extract()
                    .path("version");
            assertThat(version).isEqualTo(1);
        }
    }

    @Test
    void updatesWithoutIfMatchThatClashAreAConflictNeverALostUpdate() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID id = register();
            List<Integer> statuses = racePatches(id, 2);
            // Without If-Match a clash found by optimistic locking is 409; two that did not overlap both succeed.
            assertThat(statuses).containsAnyOf(200).allMatch(s -> s == 200 || s == 409);
            int version = given().auth()
                    .oauth2(TestTokens.coordinator())
                    .get("/participants/" + id)
                    .then()
                    .extract()
                    .path("version");
            assertThat(version)
                    .isEqualTo((int) statuses.stream().filter(s -> s == 200).count());
        }
    }

    private static List<Integer> racePatches(UUID id, int count) throws Exception {
        CyclicBarrier start = new CyclicBarrier(count);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String organisation = "Org " + i;
                answers.add(pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return given().auth()
                            .oauth2(TestTokens.coordinator())
                            .contentType("application/merge-patch+json")
                            .body("{\"organisation\": \"" + organisation + "\"}")
                            .patch("/participants/" + id)
                            .statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registrationsRacingWithOneEmailStoreExactlyOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            String marker = "Race" + UUID.randomUUID().toString().substring(0, 8);
            String email = marker.toLowerCase() + "@example.org";
            int count = 3;
            CyclicBarrier start = new CyclicBarrier(count);
            ExecutorService pool = Executors.newFixedThreadPool(count);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    Map<String, Object> body = ParticipantFixtures.valid();
                    body.put("name", marker + " " + i);
                    // The same address in another case is the same address.
                    body.put("email", i % 2 == 0 ? email : email.toUpperCase());
                    answers.add(pool.submit(() -> {
                        start.await(5, TimeUnit.SECONDS);
                        return given().auth()
                                .oauth2(TestTokens.coordinator())
                                .contentType("application/json")
                                .body(body)
                                .post("/participants")
                                .statusCode();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(30, TimeUnit.SECONDS));
                }
                assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409);
            } finally {
                pool.shutdownNow();
            }
            int stored = given().auth()
                    .oauth2(TestTokens.coordinator())
                    .queryParam("q", marker)
                    .get("/participants")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("total");
            assertThat(stored).isEqualTo(1);
        }
    }
}
