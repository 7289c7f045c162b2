package org.coproduction.sessions.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.api.StandardsResponse;
import org.junit.jupiter.api.Test;

class StandardsPageTest {
    static StandardsResponse evidence(String name, StandardsResponse.WeakestDto weakest) {
        return new StandardsResponse(
                UUID.randomUUID(),
                name,
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"),
                Instant.parse("2027-01-04T09:00:00Z"),
                List.of(new StandardsResponse.StandardDto(
                        "INCLUSION",
                        "Inclusion",
                        List.of(
                                new StandardsResponse.IndicatorDto(
                                        "INVITATIONS_ATTENDED",
                                        "Invitations that led to someone coming",
                                        new BigDecimal("0.75"),
                                        15L,
                                        20L,
                                        "15 of 20 invitations led to someone coming (75%)."),
                                new StandardsResponse.IndicatorDto(
                                        "ACCESS_GAPS_CLOSED",
                                        "Access gaps closed by arrangements before the session",
                                        null,
                                        null,
                                        null,
                                        "Not available: <participants-service> could not be reached.")))),
                weakest);
    }

    @Test
    void everythingFromDataIsEscapedAndThePageNeedsNoScript() {
        String page = StandardsPage.html(evidence(
                "<script>alert('x')</script>",
                new StandardsResponse.WeakestDto("INCLUSION", "INVITATIONS_ATTENDED", "Ask them & listen.")));

        assertThat(page)
                .doesNotContain("<script")
                .contains("National Standards evidence: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("<p>From 1 January 2026 to 31 December 2026. Worked out on 4 January 2027")
                .contains("<td class=\"figure\">75%</td><td>15 of 20 invitations led to someone coming (75%).</td>")
                .contains("<td class=\"figure\">Not measured</td><td>Not available: &lt;participants-service&gt; could")
                .contains("The weakest figure is Invitations that led to someone coming. Ask them &amp; listen.");
    }

    @Test
    void withNothingMeasuredThePageSaysSo() {
        assertThat(StandardsPage.html(evidence("Crisis line", null)))
                .contains("Nothing can be measured yet for this period.");
    }

    @Test
    void figuresAsWholePercentages() {
        assertThat(StandardsPage.percent(new BigDecimal("0.67"))).isEqualTo("67%");
        assertThat(StandardsPage.percent(new BigDecimal("1.00"))).isEqualTo("100%");
        assertThat(StandardsPage.percent(null)).isEqualTo("Not measured");
        assertThat(StandardsPage.escape(null)).isEmpty();
    }
}
