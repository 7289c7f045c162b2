package org.coproduction.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.client.ServiceTokens;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.ratelimit.RateLimiter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The suite's security rules as a caller meets them over HTTP: token rules, erased subjects, limits, headers. */
@QuarkusTest
class SecurityContractTest {

    private static final long HOUR = 3600;

    @Inject
    RateLimiter limiter;

    @Inject
    ServiceTokens serviceTokens;

    @BeforeEach
    void freshCounts() {
        limiter.reset();
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer("coproduction-dev")
                .audience("coproduction")
                .subject(subject)
                .groups(role);
    }

    private static String person(String subject, String role) {
        return claims(subject, role).expiresIn(600).sign();
    }

    private static Response me(String token) {
        return given().auth().oauth2(token).get("/security/me");
    }

    private static void assertRefused(Response response) {
        response.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(ProblemType.UNAUTHORIZED.uri()))
                .body("detail", equalTo(ProblemType.UNAUTHORIZED.defaultDetail()));
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void aTokenThatKeepsEveryRuleIsAccepted() {
        me(person("coordinator-1", "coordinator")).then().statusCode(200).body("subject", equalTo("coordinator-1"));
        me(claims("coordinator-1", "coordinator").expiresIn(8 * HOUR).sign())
                .then()
                .statusCode(200);
    }

    @Test
    void groupsMustBeAJsonArray() {
        String plainString = Jwt.issuer("coproduction-dev")
                .audience("coproduction")
                .subject("coordinator-1")
                .claim("groups", "coordinator")
                .expiresIn(600)
                .sign();
        assertThat(payload(plainString)).contains("\"groups\":\"coordinator\"");
        assertRefused(me(plainString));
        assertThat(payload(person("coordinator-1", "coordinator"))).contains("\"groups\":[\"coordinator\"]");
    }

    @Test
    void aTokenMustBeForThisDeploymentsAudience() {
        assertRefused(me(Jwt.issuer("coproduction-dev")
                .subject("coordinator-1")
                .groups("coordinator")
                .expiresIn(600)
                .sign()));
        assertRefused(me(Jwt.issuer("coproduction-dev")
                .audience("another-deployment")
                .subject("coordinator-1")
                .groups("coordinator")
                .expiresIn(600)
                .sign()));
    }

    @Test
    void aTokenMayNotLiveLongerThanTheRulesAllow() {
        assertRefused(me(
                claims("coordinator-1", "coordinator").expiresIn(8 * HOUR + 1).sign()));
        assertRefused(me(claims("coordinator-1", "coordinator")
                .expiresAt(253402300799L) // 9999-12-31
                .sign()));
        me(claims("platform-test", "service").expiresIn(300).sign()).then().statusCode(200);
        assertRefused(me(claims("platform-test", "service").expiresIn(301).sign()));
        assertRefused(me(Jwt.issuer("coproduction-dev")
                .audience("coproduction")
                .subject("platform-test")
                .groups(java.util.Set.of("service", "coordinator"))
                .expiresIn(HOUR)
                .sign()));
    }

    @Test
    void theServicesOwnTokenKeepsTheRules() {
        String token = serviceTokens.current();
        assertThat(payload(token)).contains("\"aud\":\"coproduction\"").contains("\"groups\":[\"service\"]");
        me(token).then().statusCode(200).body("subject", equalTo("platform-test"));
    }

    @Test
    void anErasedParticipantsTokenIsRefusedInAnySpelling() {
        String erased = TestErasedSubjects.ERASED.toString();
        assertRefused(me(person(erased, "participant")));
        assertRefused(me(person(erased.toUpperCase(Locale.ROOT), "participant")));
        assertRefused(given().auth().oauth2(person(erased, "participant")).get("/security/search"));
        UUID someoneElse = UUID.randomUUID();
        me(person(someoneElse.toString().toUpperCase(Locale.ROOT), "participant"))
                .then()
                .statusCode(200)
                .body("subject", equalTo(someoneElse.toString()));
    }

    @Test
    void rateLimitsCountPerSubjectAndAnswer429WithRetryAfter() {
        String ann = person("coordinator-ann", "coordinator");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(ann).get("/security/search").then().statusCode(200);
        }
        Response limited = given().auth().oauth2(ann).get("/security/search");
        limited.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.TOO_MANY_REQUESTS.uri()))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/security/search"));
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(limited.jsonPath().getString("detail")).contains(retryAfter + " second");

        given().auth()
                .oauth2(person("coordinator-bob", "coordinator"))
                .get("/security/search")
                .then()
                .statusCode(200);
    }

    @Test
    void aParticipantIsOneSubjectWhateverTheCaseOfTheirId() {
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            String sub = i % 2 == 0 ? id.toString() : id.toString().toUpperCase(Locale.ROOT);
            given().auth()
                    .oauth2(person(sub, "participant"))
                    .get("/security/search")
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(person(id.toString().toUpperCase(Locale.ROOT), "participant"))
                .get("/security/search")
                .then()
                .statusCode(429);
    }

    @Test
    void serviceTokensAreExemptFromRateLimits() {
        for (int i = 0; i < 6; i++) {
            given().auth()
                    .oauth2(serviceTokens.current())
                    .get("/security/search")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aLimitOnTheClassCoversEachOfItsOperations() {
        String ann = person("coordinator-ann", "coordinator");
        given().auth().oauth2(ann).post("/security/runs").then().statusCode(200);
        given().auth()
                .oauth2(ann)
                .post("/security/runs")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aCallWithoutATokenIsRefusedNotCounted() {
        for (int i = 0; i < 5; i++) {
            assertRefused(given().get("/security/search"));
        }
    }

    @Test
    void theOpenApiDocumentShowsTheLimit() {
        Map<String, Object> search = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths.'/security/search'.get.responses.'429'");
        assertThat(search).isNotNull();
        assertThat(search.get("description")).asString().contains("contract-search");
        assertThat(search.toString()).contains("Retry-After").contains("#/components/schemas/Problem");
        assertThat(given().accept("application/json")
                        .get("/q/openapi")
                        .jsonPath()
                        .getMap("paths.'/security/runs'.post.responses.'429'"))
                .isNotNull();
        assertThat(given().accept("application/json")
                        .get("/q/openapi")
                        .jsonPath()
                        .getMap("paths.'/security/me'.get.responses"))
                .doesNotContainKey("429");
    }

    @Test
    void everyApiAnswerSaysNoStoreAndNoSniff() {
        for (Response answer : List.of(
                given().get("/contract/items"),
                me(person("coordinator-1", "coordinator")),
                given().get("/security/me"),
                given().get("/nowhere"),
                given().delete("/contract/items"))) {
            answer.then().header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
            assertThat(answer.header("Content-Security-Policy")).isNull();
        }
        Response document = given().get("/q/openapi");
        document.then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        assertThat(document.header("Cache-Control")).isNull();
    }

    @Test
    void htmlAnswersCarryAContentSecurityPolicy() {
        Response page = given().accept("text/html").get("/security/page");
        page.then()
                .statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        Response swaggerUi = given().accept("text/html").get("/q/swagger-ui/");
        swaggerUi
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff");
        assertThat(swaggerUi.header("Cache-Control")).isNull();
    }

    @Test
    void unmatchedRequestsAddNoMetricSeriesOfTheirOwn() {
        String junk = "junk-" + UUID.randomUUID();
        given().delete("/contract/items/" + junk).then().statusCode(405);
        given().put("/contract/items/" + junk).then().statusCode(405);
        given().get("/" + junk).then().statusCode(404);
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(junk).contains("http_server_requests_seconds_count");
        assertThat(metrics)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"405\"[^}]*uri=\"UNKNOWN\"");
    }
}
