package org.coproduction.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.coproduction.platform.problem.FailureLog;
import org.coproduction.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** Every slug of the contract, as a client meets it over HTTP, from the one implementation every service uses. */
@QuarkusTest
class HttpContractTest {

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/contract/items");
    }

    private static void assertProblem(Response response, ProblemType type) {
        response.then()
                .statusCode(type.status())
                .contentType("application/problem+json")
                .body("type", equalTo(type.uri()))
                .body("title", equalTo(type.title()))
                .body("status", equalTo(type.status()));
        assertThat(response.jsonPath().getString("detail"))
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("com.fasterxml")
                .doesNotContain("@Consumes");
    }

    private static void assertInvalid(Response response, String field, String messagePart) {
        assertProblem(response, ProblemType.VALIDATION);
        response.then().body("errors.field", hasItem(field));
        assertThat(response.jsonPath().getList("errors.message", String.class))
                .anySatisfy(m -> assertThat(m).contains(messagePart));
    }

    private static void assertMalformed(Response response, String detailPart) {
        assertProblem(response, ProblemType.MALFORMED_REQUEST);
        assertThat(response.jsonPath().getString("detail")).contains(detailPart);
        assertThat(response.jsonPath().getList("errors")).isNull();
    }

    @Test
    void aGoodBodyIsAccepted() {
        post("{\"name\":\"Siân\",\"notes\":\"line one\\nline two\\ttabbed\",\"count\":3,"
                        + "\"at\":\"2027-03-29T17:00:00Z\",\"on\":\"2027-03-29\",\"tags\":[\"a\"],\"timeZone\":\"Europe/London\","
                        + "\"parts\":[{\"label\":\"x\"}]}")
                .then()
                .statusCode(201)
                .body("name", equalTo("Siân"))
                .body("notes", equalTo("line one\nline two\ttabbed"))
                .body("at", equalTo("2027-03-29T17:00:00Z"));
    }

    @Test
    void validationNamesEveryBadField() {
        Response response = post("{\"name\":\"\",\"parts\":[{\"label\":\"too long\"}],\"timeZone\":\"+01:00\"}");
        assertProblem(response, ProblemType.VALIDATION);
        response.then()
                .body("errors.field", equalTo(List.of("name", "parts[0].label", "timeZone")))
                .body("detail", equalTo("3 fields are not valid."));
    }

    @Test
    void controlCharactersAndLineBreaksAreRefusedWhereTheyDoNotBelong() {
        assertInvalid(post("{\"name\":\"Ann\\u0000\"}"), "name", "control characters");
        assertInvalid(post("{\"name\":\"Ann\",\"notes\":\"ok\\u0000\"}"), "notes", "control characters");
        assertInvalid(post("{\"name\":\"Ann\\nJones\"}"), "name", "single line");
        assertInvalid(post("{\"name\":\"Ann\",\"tags\":[\"ok\",\"b\\u0007\"]}"), "tags[1]", "control characters");
        assertInvalid(post("{\"name\":\"Ann\\ud800\"}"), "name", "surrogate");
    }

    @Test
    void strictJsonRefusesWhatItWouldOtherwiseGuess() {
        assertMalformed(post("{\"name\":\"Ann\",\"colour\":\"red\"}"), "Unknown field 'colour'");
        assertMalformed(post("{\"name\":\"Ann\"} {}"), "after its JSON value");
        assertMalformed(post("{\"name\":\"Ann\"} trailing"), "not valid JSON");
        assertMalformed(post("{\"name\":\"Ann\",\"name\":\"Bob\"}"), "names a field twice");
        assertMalformed(post("{\"name\":\"Ann\",\"count\":\"7\"}"), "'count' must be a whole number");
        assertMalformed(post("{\"name\":\"Ann\",\"count\":1.5}"), "'count' must be a whole number");
        assertMalformed(post("{\"name\":1e999999}"), "'name' must be a string");
        assertMalformed(post("{\"name\":\"Ann\",\"tags\":[null]}"), "must not hold null");
        assertMalformed(post("{\"name\":\"Ann\""), "not valid JSON");
        assertMalformed(post(""), "empty");
        assertMalformed(post("[1]"), "expected shape");
        assertInvalid(post("{\"name\":\"Ann\",\"at\":1790000000}"), "at", "UTC instant");
        assertInvalid(post("{\"name\":\"Ann\",\"at\":\"+999999999-12-31T23:59:59Z\"}"), "at", "1900 to 2200");
        assertInvalid(post("{\"name\":\"Ann\",\"on\":\"1066-10-14\"}"), "on", "1900 to 2200");
    }

    @Test
    void queryParametersAreCheckedAndUnknownOnesRefused() {
        given().get("/contract/items?page=1&size=5")
                .then()
                .statusCode(200)
                .body("items", equalTo(List.of("item-5", "item-6")))
                .body("total", equalTo(7));
        assertInvalid(given().get("/contract/items?colour=red"), "colour", "it takes page, q, since, size");
        assertInvalid(given().get("/contract/items?size=10&size=20"), "size", "must be given once");
        assertInvalid(given().urlEncodingEnabled(false).get("/contract/items?q=a%00b"), "q", "control characters");
        assertInvalid(given().get("/contract/items?page=10737419&size=200"), "page", "from 0 to 1000000");
        assertInvalid(given().get("/contract/items?size=abc"), "size", "whole number");
        assertInvalid(given().get("/contract/items?size=201"), "size", "from 1 to 200");
        assertInvalid(given().get("/contract/items?since=%2B999999999-12-31T23:59:59Z"), "since", "1900 to 2200");
    }

    @Test
    void ifMatchIsAVersionTagOrAStar() {
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"notes\":\"hi\"}")
                .patch("/contract/items/1")
                .then()
                .statusCode(200)
                .body("notes", equalTo("hi"))
                .body("name", equalTo("Ann"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "*")
                .body("{\"timeZone\":null}")
                .patch("/contract/items/1")
                .then()
                .statusCode(200)
                .body("timeZone", equalTo(null));
        assertInvalid(
                given().contentType("application/merge-patch+json")
                        .header("If-Match", "1")
                        .body("{}")
                        .patch("/contract/items/1"),
                "If-Match",
                "ETag");
        assertInvalid(
                given().contentType("application/merge-patch+json")
                        .header("If-Match", "abc")
                        .body("{}")
                        .patch("/contract/items/1"),
                "If-Match",
                "ETag");
        Response stale = given().contentType("application/merge-patch+json")
                .header("If-Match", "W/\"0\"")
                .body("{}")
                .patch("/contract/items/1");
        assertProblem(stale, ProblemType.PRECONDITION_FAILED);
        assertMalformed(
                given().contentType("application/merge-patch+json").body("[]").patch("/contract/items/1"),
                "merge patch is a JSON object");
        assertInvalid(
                given().contentType("application/merge-patch+json")
                        .body("{\"name\":\"A\\u0000\"}")
                        .patch("/contract/items/1"),
                "name",
                "control characters");
    }

    @Test
    void everyOtherSlugReadsTheSameEverywhere() {
        assertProblem(given().get("/contract/fail/not-found"), ProblemType.NOT_FOUND);
        assertProblem(given().get("/contract/fail/conflict"), ProblemType.CONFLICT);
        assertProblem(given().get("/contract/fail/not-allowed"), ProblemType.FORBIDDEN);
        Response benefits = given().get("/contract/fail/benefits-limit");
        assertProblem(benefits, ProblemType.BENEFITS_LIMIT);
        benefits.then().body("suggestedPaidAs", equalTo("VOUCHERS")).body("detail", equalTo("Pay it in vouchers."));
        assertProblem(given().get("/contract/fail/optimistic"), ProblemType.CONFLICT);
        assertProblem(given().get("/contract/fail/optimistic-at-commit"), ProblemType.CONFLICT);
        Response unavailable = given().get("/contract/fail/dependency");
        assertProblem(unavailable, ProblemType.DEPENDENCY_UNAVAILABLE);
        unavailable
                .then()
                .header("Retry-After", "30")
                .body(
                        "detail",
                        equalTo("participants-service is not answering; nothing was changed. Try again shortly."));

        Response nothing = given().get("/nowhere");
        assertProblem(nothing, ProblemType.NOT_FOUND);
        nothing.then().body("detail", equalTo("There is nothing at this address."));
        Response wrongMethod = given().delete("/contract/items");
        assertProblem(wrongMethod, ProblemType.METHOD_NOT_ALLOWED);
        assertProblem(
                given().contentType(ContentType.TEXT).body("name").post("/contract/items"),
                ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(given().accept("application/xml").get("/contract/items"), ProblemType.NOT_ACCEPTABLE);
        Response tooLarge = post("{\"name\":\"" + "a".repeat(300 * 1024) + "\"}");
        assertProblem(tooLarge, ProblemType.PAYLOAD_TOO_LARGE);
    }

    @Test
    void tokensAndRoles() {
        Response none = given().get("/contract/coordinators");
        assertProblem(none, ProblemType.UNAUTHORIZED);
        none.then().header("WWW-Authenticate", "Bearer");
        assertProblem(given().auth().oauth2("not-a-token").get("/contract/coordinators"), ProblemType.UNAUTHORIZED);
        String participant = Jwt.issuer("coproduction-dev")
                .audience("coproduction")
                .subject("p")
                .groups("participant")
                .sign();
        assertProblem(given().auth().oauth2(participant).get("/contract/coordinators"), ProblemType.FORBIDDEN);
        String coordinator = Jwt.issuer("coproduction-dev")
                .audience("coproduction")
                .subject("c")
                .groups("coordinator")
                .sign();
        given().auth().oauth2(coordinator).get("/contract/coordinators").then().statusCode(200);
    }

    @Test
    void callsToAnotherServiceCarryTheCoordinatorsTokenOrTheServicesOwn() {
        given().get("/contract/relay")
                .then()
                .statusCode(200)
                .body("whoami.subject", equalTo("platform-test"))
                .body("whoami.groups", equalTo(List.of("service")))
                .body("newer", equalTo("x"));
        String coordinator = Jwt.issuer("coproduction-dev")
                .audience("coproduction")
                .subject("coordinator-7")
                .groups("coordinator")
                .sign();
        given().auth()
                .oauth2(coordinator)
                .get("/contract/relay")
                .then()
                .statusCode(200)
                .body("whoami.subject", equalTo("coordinator-7"));
    }

    @Test
    void anUnexpectedFailureIsLoggedWithItsIdButNeverItsMessage() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(FailureLog.class.getName());
        logger.addHandler(handler);
        try {
            Response failure = given().get("/contract/fail/boom");
            assertProblem(failure, ProblemType.INTERNAL);
            String detail = failure.jsonPath().getString("detail");
            assertThat(detail).doesNotContain("Ann Jones").startsWith("Something went wrong on our side.");
            String id = detail.replaceAll(".*error id ([0-9a-f-]{36}).*", "$1");
            assertThat(records).anySatisfy(r -> {
                String logged = java.text.MessageFormat.format(
                        r.getMessage(), r.getParameters() == null ? new Object[0] : r.getParameters());
                assertThat(String.format(r.getMessage().replace("{0}", "%s"), r.getParameters()) + logged)
                        .contains(id);
            });
            assertThat(records)
                    .allSatisfy(r -> assertThat(String.valueOf(r.getMessage())
                                    + List.of(r.getParameters() == null ? new Object[0] : r.getParameters()))
                            .doesNotContain("Ann Jones")
                            .contains("IllegalStateException"));
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void theOpenApiDocumentCarriesTheStandardAnswers() {
        Map<String, Object> post = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths.'/contract/items'.post.responses");
        assertThat(post).containsKeys("201", "400", "401", "403", "409", "413", "415", "500");
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .body(
                        "paths.'/contract/items'.post.responses.'409'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "components.schemas.Problem.properties.errors.items.$ref",
                        equalTo("#/components/schemas/FieldError"))
                .body(
                        "paths.'/contract/items'.post.responses.'401'.headers.'WWW-Authenticate'.schema.type",
                        equalTo("string"))
                .body(
                        "paths.'/contract/items'.post.responses.'401'.description",
                        equalTo("Missing, expired or invalid bearer token"));
    }

    @Test
    void everyListDescribesPageAndSizeWithTheLimitsItEnforces() {
        List<Map<String, Object>> parameters = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("paths.'/contract/items'.get.parameters");
        assertThat(parameters)
                .anySatisfy(p ->
                        assertThat(p.toString()).contains("name=page", "minimum=0", "maximum=1000000", "default=0"))
                .anySatisfy(p -> assertThat(p.toString())
                        .contains("name=size", "minimum=1", "maximum=200", "default=50", "1 to 200"));
    }

    @Test
    void theOpenApiDocumentSaysWhichPropertiesMayBeNull() {
        Map<String, Object> item = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("components.schemas.Item.properties");
        // Required (@NotBlank): never null. Optional text, number and list: null allowed, as the services write it.
        assertThat(item.get("name")).asString().contains("type=string").doesNotContain("null");
        assertThat(item.get("notes")).asString().contains("type=[string, null]");
        assertThat(item.get("count")).asString().contains("type=[integer, null]");
        assertThat(item.get("tags")).asString().contains("type=[array, null]");
        assertThat(given().accept("application/json")
                        .get("/q/openapi")
                        .jsonPath()
                        .getMap("components.schemas.Problem.properties.detail"))
                .as("problems leave out what they do not carry")
                .containsEntry("type", "string");
    }
}
