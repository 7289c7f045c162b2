package org.coproduction.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    enum Colour {
        RED,
        GREEN
    }

    @Test
    void goodValuesAreReadAndAbsentOnesAreNull() {
        QueryParams q = new QueryParams();
        UUID id = UUID.randomUUID();
        assertThat(q.uuid("id", id.toString())).isEqualTo(id);
        assertThat(q.uuid("id", null)).isNull();
        assertThat(q.oneOf("colour", "RED", Colour.class)).isEqualTo(Colour.RED);
        assertThat(q.allOf("colour", List.of("RED", "GREEN"), Colour.class)).containsExactly(Colour.RED, Colour.GREEN);
        assertThat(q.allOf("colour", null, Colour.class)).isEmpty();
        assertThat(q.integer("n", " 7 ", 0, 0, 10)).isEqualTo(7);
        assertThat(q.integer("n", "", 4, 0, 10)).isEqualTo(4);
        assertThat(q.instant("from", "2027-03-29T17:00:00Z")).isEqualTo(Instant.parse("2027-03-29T17:00:00Z"));
        assertThat(q.date("on", "2027-03-29")).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(q.text("q", " sian ", 20)).isEqualTo("sian");
        assertThat(q.page("2", "10")).isEqualTo(new PageRequest(2, 10));
        assertThat(q.page(null, null)).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE));
        assertThat(q.hasErrors()).isFalse();
        q.check();
    }

    @Test
    void everyBadValueIsReportedInOneProblem() {
        QueryParams q = new QueryParams();
        q.uuid("id", "not-a-uuid");
        q.uuid("short", "1-1-1-1-1");
        q.oneOf("colour", "red", Colour.class);
        q.integer("n", "1.5", 0, 0, 10);
        q.integer("m", "11", 0, 0, 10);
        q.instant("from", "+999999999-12-31T23:59:59Z");
        q.date("on", "tomorrow");
        q.text("q", "x".repeat(21), 20);
        assertThat(q.page("10737419", "abc")).isNull();
        q.invalid("to", "must be after from");
        assertThatThrownBy(q::check)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(FieldError::field)
                        .containsExactly("id", "short", "colour", "n", "m", "from", "on", "q", "page", "size", "to"));
    }
}
