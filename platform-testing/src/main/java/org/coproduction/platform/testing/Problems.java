package org.coproduction.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** Asserts that an answer is an RFC 9457 problem of the contract's shape, and names the fields it should. */
public final class Problems {

    private Problems() {}

    /** The answer has this status and slug, the problem media type, a title and a detail, and no stack trace. */
    public static ValidatableResponse assertProblem(Response response, int status, String slug) {
        assertThat(response.statusCode())
                .as("status of %s", response.asString())
                .isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        Map<String, Object> body = response.jsonPath().getMap("");
        assertThat(body.get("type")).isEqualTo("urn:coproduction:problem:" + slug);
        assertThat(body.get("status")).isEqualTo(status);
        assertThat((String) body.get("title")).isNotBlank();
        assertThat((String) body.get("detail"))
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("org.coproduction")
                .doesNotContain("com.fasterxml");
        return response.then();
    }

    /** A 400 validation problem naming each of these fields. */
    public static void assertInvalidFields(Response response, String... fields) {
        assertProblem(response, 400, "validation");
        List<String> named = response.jsonPath().getList("errors.field");
        assertThat(named).contains(fields);
    }
}
