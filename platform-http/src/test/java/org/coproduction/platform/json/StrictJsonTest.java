package org.coproduction.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.text.MultiLine;
import org.junit.jupiter.api.Test;

/** The strict mapper's rules, and the plain words each refusal is given, without HTTP. */
class StrictJsonTest {

    enum Need {
        BSL,
        HEARING_LOOP
    }

    record Body(
            String name,
            @MultiLine String notes,
            Integer count,
            int rank,
            boolean flag,
            BigDecimal amount,
            Instant at,
            LocalDate on,
            UUID id,
            Need need,
            List<Need> needs,
            List<String> tags,
            Inner inner) {}

    record Inner(List<Inner2> rows) {}

    record Inner2(String label) {}

    private final ObjectMapper mapper = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    private ProblemException refusal(String json) {
        JsonProcessingException e =
                catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(json, Body.class));
        assertThat(e).as(json).isNotNull();
        return JsonProblems.of(e);
    }

    private void assertMalformed(String json, String detail) {
        ProblemException problem = refusal(json);
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(problem.getMessage()).isEqualTo(detail);
    }

    private void assertInvalid(String json, String field, String message) {
        ProblemException problem = refusal(json);
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).contains(message);
        });
    }

    @Test
    void wellFormedValuesAreRead() throws Exception {
        Body body = mapper.readValue(
                "{\"name\":\"Siân\",\"notes\":\"a\\nb\",\"count\":7,\"rank\":1,\"flag\":true,"
                        + "\"amount\":12.50,\"at\":\"2027-03-29T18:00:00+01:00\",\"on\":\"2027-03-29\","
                        + "\"id\":\"5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f\",\"need\":\"BSL\",\"needs\":[\"BSL\"],"
                        + "\"tags\":[\"x\"],\"inner\":{\"rows\":[{\"label\":\"y\"}]}}",
                Body.class);
        assertThat(body.name()).isEqualTo("Siân");
        assertThat(body.notes()).isEqualTo("a\nb");
        assertThat(body.at()).isEqualTo(Instant.parse("2027-03-29T17:00:00Z"));
        assertThat(body.amount()).isEqualByComparingTo("12.5");
    }

    @Test
    void scalarsAreNeverCoerced() {
        assertMalformed("{\"count\":\"7\"}", "Field 'count' must be a whole number.");
        assertMalformed("{\"count\":1.5}", "Field 'count' must be a whole number.");
        assertMalformed("{\"flag\":\"true\"}", "Field 'flag' must be true or false.");
        assertMalformed("{\"flag\":1}", "Field 'flag' must be true or false.");
        assertMalformed("{\"name\":1e999999}", "Field 'name' must be a string.");
        assertMalformed("{\"name\":false}", "Field 'name' must be a string.");
        assertMalformed("{\"need\":0}", "Field 'need' must be one of BSL, HEARING_LOOP.");
        assertMalformed("{\"need\":\"bsl\"}", "Field 'need' must be one of BSL, HEARING_LOOP.");
        assertMalformed("{\"id\":\"nope\"}", "Field 'id' must be a UUID such as 5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f.");
        assertMalformed("{\"count\":\"\"}", "Field 'count' must be a whole number.");
    }

    @Test
    void theShapeMustBeExact() {
        assertMalformed(
                "{\"name\":\"a\",\"name\":\"b\"}", "The body names a field twice ('name'); name each field once.");
        assertMalformed("{\"name\":\"a\"} {}", "The body has more after its JSON value; send one JSON value.");
        assertMalformed("{\"needs\":[null]}", "Field 'needs[0]' must not hold null.");
        assertMalformed("{\"tags\":[\"a\",null]}", "Field 'tags[1]' must not hold null.");
        assertMalformed(
                "{\"colour\":\"red\"}",
                "Unknown field 'colour': unknown fields are refused so nothing is "
                        + "silently dropped. Known fields here: amount, at, count, flag, id, inner, name, need, needs, notes, "
                        + "on, rank, tags.");
        assertMalformed(
                "{\"inner\":{\"rows\":[{\"label\":\"a\",\"x\":1}]}}",
                "Unknown field 'inner.rows[0].x': unknown fields are refused so nothing is silently dropped. "
                        + "Known fields here: label.");
        assertMalformed("[]", "The body does not have the expected shape; send a JSON object.");
        assertMalformed("{\"name\":", "The body is not valid JSON (line 1, column 9).");
    }

    @Test
    void textAndTimesAreChecked() {
        assertInvalid("{\"name\":\"a\\u0000\"}", "name", "control characters");
        assertInvalid("{\"name\":\"a\\nb\"}", "name", "single line");
        assertInvalid("{\"notes\":\"a\\u0000\"}", "notes", "control characters");
        assertInvalid(
                "{\"inner\":{\"rows\":[{\"label\":\"ok\"},{\"label\":\"\\u001b[31m\"}]}}",
                "inner.rows[1].label",
                "control characters");
        assertInvalid("{\"at\":\"+999999999-12-31T23:59:59Z\"}", "at", "1900 to 2200");
        assertInvalid("{\"at\":1790000000}", "at", "UTC instant");
        assertInvalid("{\"on\":\"0001-01-01\"}", "on", "1900 to 2200");
        assertInvalid("{\"on\":20270329}", "on", "a date such as");
    }
}
