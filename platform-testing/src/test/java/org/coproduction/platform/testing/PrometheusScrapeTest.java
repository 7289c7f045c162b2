package org.coproduction.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrometheusScrapeTest {

    private static final String TEXT = """
            # HELP coproduction_deliveries_total Delivery attempts
            # TYPE coproduction_deliveries_total counter
            coproduction_deliveries_total{kind="notice",outcome="sent"} 3.0
            coproduction_deliveries_total{outcome="sent",kind="digest"} 2.0
            coproduction_deliveries_total{kind="notice",outcome="retry"} 1.0
            http_server_requests_seconds_bucket{le="+Inf",uri="/a \\"b\\", c"} 7
            jvm_threads_live_threads 12.0 1700000000000
            coproduction_delivery_queue_oldest_age_seconds{kind="digest"} NaN
            """;

    @Test
    void sumsTheSeriesWhoseLabelsMatchInAnyOrder() {
        PrometheusScrape scrape = PrometheusScrape.of(TEXT);

        assertThat(scrape.value("coproduction_deliveries_total", "outcome", "sent"))
                .isEqualTo(5.0);
        assertThat(scrape.value("coproduction_deliveries_total", "kind", "notice", "outcome", "retry"))
                .isEqualTo(1.0);
        assertThat(scrape.value("jvm_threads_live_threads")).isEqualTo(12.0);
        assertThat(scrape.value("http_server_requests_seconds_bucket", "le", "+Inf"))
                .isEqualTo(7.0);
        assertThat(scrape.value("coproduction_delivery_queue_oldest_age_seconds"))
                .isNaN();
        assertThat(scrape.names())
                .contains("coproduction_deliveries_total", "http_server_requests_seconds_bucket")
                .hasSize(4);
    }

    @Test
    void aMissingSeriesIsAFailureNotAZero() {
        PrometheusScrape scrape = PrometheusScrape.of(TEXT);

        assertThatThrownBy(() -> scrape.value("coproduction_deliveries_total", "kind", "reminder"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("coproduction_deliveries_total");
        assertThatThrownBy(() -> scrape.value("nothing_total")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> PrometheusScrape.of("not a line at all {"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
