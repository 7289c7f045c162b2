package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/operations/ holds what a deployer imports: a Grafana dashboard and Prometheus alert rules. Checked here without
 * the services (valid JSON and YAML in the shapes Grafana and Prometheus load, a panel for every business metric, the
 * alerts the issue asks for, and a README that names every metric they use). The services' own tests check the
 * business metrics on their real scrapes.
 */
class OperationsDocsTest {

    /** The business metrics, each of which needs a panel (histograms by their buckets). */
    static final List<String> BUSINESS_METRICS = List.of(
            "coproduction_digests_due_total",
            "coproduction_digest_runs_total",
            "coproduction_digest_run_due_sum",
            "coproduction_deliveries_total",
            "coproduction_notices_queued_total",
            "coproduction_delivery_queue_depth",
            "coproduction_delivery_queue_oldest_age_seconds",
            "coproduction_outbox_pending",
            "coproduction_outbox_oldest_pending_age_seconds",
            "coproduction_outbox_queued_total",
            "coproduction_outbox_dispatched_total",
            "coproduction_slot_search_seconds_bucket",
            "ft_circuitbreaker_state_current");

    @Test
    void metricNamesAreReadFromPromQlLeavingOutFunctionsLabelsAndKeywords() {
        assertThat(OperationsDocs.metricNames(
                        "histogram_quantile(0.99, sum by (job, le) (rate(http_server_requests_seconds_bucket{job=~\"$job\","
                                + "uri=\"/a b\"}[5m])))"))
                .containsExactly("http_server_requests_seconds_bucket");
        assertThat(OperationsDocs.metricNames("sum(rate(a_sum[1h])) / sum(rate(a_count[1h])) > 0 and on (job) up == 0"))
                .containsExactly("a_count", "a_sum", "up");
        assertThat(OperationsDocs.metricNames("label_values(http_server_requests_seconds_count, job)"))
                .containsExactly("http_server_requests_seconds_count");
    }

    @Test
    void theDashboardIsAnImportableGrafanaDashboardWithAPanelForEachMetric() throws Exception {
        JsonNode dashboard = OperationsDocs.dashboard();
        assertThat(dashboard.path("title").asText()).isNotBlank();
        assertThat(dashboard.path("uid").asText()).matches("[a-z0-9-]{1,40}");
        // Imported with "Import dashboard": Grafana asks for the Prometheus data source the panels name.
        assertThat(dashboard.path("__inputs").get(0).path("name").asText()).isEqualTo("DS_PROMETHEUS");
        assertThat(dashboard.path("__inputs").get(0).path("pluginId").asText()).isEqualTo("prometheus");

        Set<Integer> ids = new HashSet<>();
        int queries = 0;
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt()))
                    .as("panel ids are unique")
                    .isTrue();
            assertThat(panel.path("title").asText()).isNotBlank();
            JsonNode grid = panel.path("gridPos");
            assertThat(grid.path("w").asInt()).isPositive();
            assertThat(grid.path("h").asInt()).isPositive();
            assertThat(grid.path("x").asInt() + grid.path("w").asInt())
                    .as("%s fits the 24 columns", panel.path("title"))
                    .isLessThanOrEqualTo(24);
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${DS_PROMETHEUS}");
            assertThat(panel.path("targets"))
                    .as("%s has a query", panel.path("title"))
                    .isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                assertThat(target.path("refId").asText()).isNotBlank();
                assertThat(balanced(expr)).as("brackets of %s", expr).isTrue();
                assertThat(OperationsDocs.metricNames(expr))
                        .as("metrics in %s", expr)
                        .isNotEmpty();
                queries++;
            }
        }
        assertThat(queries).isGreaterThan(20);

        Set<String> used = OperationsDocs.metricNames();
        assertThat(used)
                .containsAll(BUSINESS_METRICS)
                .contains(
                        "http_server_requests_seconds_bucket",
                        "http_server_requests_seconds_count",
                        "jvm_memory_used_bytes",
                        "agroal_active_count");
    }

    @Test
    void theAlertsAreInPrometheusRuleFormatAndCoverWhatTheIssueAsks() throws Exception {
        JsonNode groups = OperationsDocs.alerts().path("groups");
        assertThat(groups).isNotEmpty();
        Set<String> alerts = new HashSet<>();
        for (JsonNode group : groups) {
            assertThat(group.path("name").asText()).isNotBlank();
            assertThat(group.path("rules")).isNotEmpty();
            for (JsonNode rule : group.path("rules")) {
                String name = rule.path("alert").asText();
                assertThat(name).matches("[A-Z][A-Za-z0-9]+");
                assertThat(alerts.add(name))
                        .as("alert names are unique: %s", name)
                        .isTrue();
                String expr = rule.path("expr").asText();
                assertThat(balanced(expr)).as("brackets of %s", name).isTrue();
                assertThat(OperationsDocs.metricNames(expr))
                        .as("metrics in %s", name)
                        .isNotEmpty();
                assertThat(rule.path("for").asText()).as("%s: for", name).matches("\\d+[smh]");
                assertThat(rule.path("labels").path("severity").asText()).isIn("critical", "warning");
                assertThat(rule.path("annotations").path("summary").asText()).isNotBlank();
                assertThat(rule.path("annotations").path("description").asText())
                        .isNotBlank();
                // Only the keys Prometheus knows for an alerting rule.
                rule.fieldNames()
                        .forEachRemaining(key -> assertThat(key)
                                .isIn("alert", "expr", "for", "keep_firing_for", "labels", "annotations"));
            }
        }
        assertThat(alerts)
                .contains("DigestsFailing", "OutboxStale", "CircuitBreakerOpen", "ServiceDown", "DeliveryQueueStale");
        JsonNode outbox = rule("OutboxStale");
        assertThat(outbox.path("expr").asText())
                .contains("coproduction_outbox_oldest_pending_age_seconds")
                .contains("> 600");
        assertThat(rule("CircuitBreakerOpen").path("expr").asText())
                .contains("ft_circuitbreaker_state_current")
                .contains("state=\"open\"");
        assertThat(rule("DigestsFailing").path("expr").asText()).contains("kind=\"digest\"");
    }

    @Test
    void theReadmeNamesEveryMetricTheDashboardAndAlertsUse() throws Exception {
        String readme = OperationsDocs.readme();
        assertThat(readme).contains("## Metrics", "## Dashboard", "## Alerts");
        for (String name : OperationsDocs.metricNames()) {
            String family = name.replaceAll("_(bucket|count|sum|max)$", "");
            assertThat(readme).as("README names %s", name).containsAnyOf(name, family);
        }
    }

    private static JsonNode rule(String alert) throws Exception {
        for (JsonNode group : OperationsDocs.alerts().path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.path("alert").asText().equals(alert)) {
                    return rule;
                }
            }
        }
        throw new AssertionError("no alert " + alert);
    }

    private static boolean balanced(String expr) {
        int round = 0, curly = 0, square = 0;
        for (char c : expr.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '{' -> curly++;
                case '}' -> curly--;
                case '[' -> square++;
                case ']' -> square--;
                default -> {}
            }
            if (round < 0 || curly < 0 || square < 0) {
                return false;
            }
        }
        return round == 0 && curly == 0 && square == 0;
    }
}
