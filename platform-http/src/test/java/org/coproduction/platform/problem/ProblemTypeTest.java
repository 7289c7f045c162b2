package org.coproduction.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void everySlugIsListedInTheConventionsAndReadsInPlainWords() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug).distinct())
                .containsExactlyInAnyOrder(
                        "validation",
                        "malformed-request",
                        "unauthorized",
                        "forbidden",
                        "not-found",
                        "method-not-allowed",
                        "not-acceptable",
                        "conflict",
                        "benefits-limit",
                        "precondition-failed",
                        "payload-too-large",
                        "unsupported-media-type",
                        "too-many-requests",
                        "internal",
                        "dependency-unavailable");
        for (ProblemType type : ProblemType.values()) {
            assertThat(type.uri()).isEqualTo("urn:coproduction:problem:" + type.slug());
            assertThat(type.defaultDetail())
                    .endsWith(".")
                    .doesNotContain("HTTP ")
                    .doesNotContain("@");
        }
    }

    @Test
    void frameworkStatusesMapToTheirType() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(405)).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemType.forStatus(414)).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(ProblemType.forStatus(429)).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
        assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.DEPENDENCY_UNAVAILABLE);
    }

    @Test
    void exceptionsCarryTheirProblem() {
        Problem problem = new UnknownResourceException("No session with id 7.").toProblem("/sessions/7");
        assertThat(problem)
                .isEqualTo(new Problem(
                        "urn:coproduction:problem:not-found",
                        "Not found",
                        404,
                        "No session with id 7.",
                        "/sessions/7",
                        null));
        Problem invalid = InvalidInputException.of("name", "must not be blank").toProblem("/x");
        assertThat(invalid.detail()).isEqualTo("1 field is not valid.");
        assertThat(new InvalidInputException(List.of(new FieldError("a", "m"), new FieldError("b", "n")))
                        .toProblem(null)
                        .detail())
                .isEqualTo("2 fields are not valid.");
        assertThat(new StaleVersionException(4).toProblem(null).status()).isEqualTo(412);
        assertThat(new StateConflictException("Cancelled.").toProblem(null).status())
                .isEqualTo(409);
        assertThat(new NotAllowedException("Not yours.").toProblem(null).status())
                .isEqualTo(403);
        assertThat(new DependencyUnavailableException("sessions-service").service())
                .isEqualTo("sessions-service");
        assertThat(new ProblemException(ProblemType.CONFLICT, null).getMessage())
                .isEqualTo(ProblemType.CONFLICT.defaultDetail());
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProblemCarriesTheExtensionMembersItsTypeDefines() throws Exception {
        Problem problem = new ProblemException(
                        ProblemType.BENEFITS_LIMIT, "Pay it in vouchers.", Map.of("suggestedPaidAs", "VOUCHERS"))
                .toProblem("/payments/7/approve");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo("urn:coproduction:problem:benefits-limit");
        String json = new ObjectMapper().writeValueAsString(problem);
        assertThat(new ObjectMapper().readTree(json).fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "suggestedPaidAs");
        assertThat(new ObjectMapper().readTree(json).get("suggestedPaidAs").asText())
                .isEqualTo("VOUCHERS");
        assertThat(new ObjectMapper().writeValueAsString(Problem.of(ProblemType.CONFLICT, null, "/x")))
                .doesNotContain("extensions")
                .doesNotContain("members");
    }

    @Test
    void failuresAreDescribedWithoutTheirMessages() {
        String described =
                FailureLog.describe(new IllegalStateException("Ann needs BSL", new RuntimeException("card 4111")));
        assertThat(described)
                .contains("java.lang.IllegalStateException", "caused by java.lang.RuntimeException", "at ")
                .doesNotContain("Ann")
                .doesNotContain("4111");
    }
}
