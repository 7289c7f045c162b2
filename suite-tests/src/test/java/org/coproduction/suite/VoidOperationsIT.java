package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.Method;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operations that answer no body on success document only the problem type, so the clients generated from the
 * documents accept only {@code application/problem+json}: each must still be served (a 406 would make every such
 * client fail), whatever its answer.
 */
class VoidOperationsIT {

    static SuiteEnvironment suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteEnvironment.get();
    }

    record Call(ServiceProcess service, Method method, String path, String token, String body) {}

    @Test
    void operationsWithoutABodyAreServedToAClientAcceptingOnlyProblems() {
        UUID someone = UUID.randomUUID();
        String erasure = "{\"participantId\": \"" + someone + "\"}";
        List<Call> calls = List.of(
                new Call(suite.participants, Method.DELETE, "/participants/" + someone, TestTokens.coordinator(), null),
                new Call(
                        suite.sessions,
                        Method.DELETE,
                        "/projects/" + someone + "/members/" + someone,
                        TestTokens.coordinator(),
                        null),
                new Call(suite.sessions, Method.POST, "/erasures", TestTokens.service("participants-service"), erasure),
                new Call(
                        suite.notifications,
                        Method.POST,
                        "/erasures",
                        TestTokens.service("participants-service"),
                        erasure),
                new Call(
                        suite.notifications,
                        Method.DELETE,
                        "/unsubscribes/" + someone,
                        TestTokens.participant(someone),
                        null),
                new Call(
                        suite.notifications,
                        Method.POST,
                        "/email-confirmations",
                        TestTokens.service("participants-service"),
                        "{}"));
        for (Call call : calls) {
            var request = given().baseUri(call.service().url())
                    .auth()
                    .oauth2(call.token())
                    .accept("application/problem+json");
            if (call.body() != null) {
                request = request.contentType("application/json").body(call.body());
            }
            int status = request.request(call.method(), call.path()).statusCode();
            assertThat(status)
                    .as("%s %s", call.method(), call.path())
                    .isNotEqualTo(406)
                    .isLessThan(500);
        }
    }
}
