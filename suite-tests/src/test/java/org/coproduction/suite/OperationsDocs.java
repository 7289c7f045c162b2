package org.coproduction.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/operations/ as the tests read it: the Grafana dashboard, the Prometheus alert rules, and the metric names their
 * PromQL expressions use (what a panel or a rule would silently show nothing for if a service stopped serving it).
 */
final class OperationsDocs {

    static final Path DIR = SuiteEnvironment.root().resolve("docs/operations");

    /** Names Prometheus writes itself rather than scraping them. */
    static final Set<String> WRITTEN_BY_PROMETHEUS = Set.of("up");

    /** Keywords, and the aggregation operators (written "sum by (job) (...)", so not always followed by a bracket). */
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "unless",
            "by",
            "without",
            "offset",
            "bool",
            "le",
            "sum",
            "min",
            "max",
            "avg",
            "count",
            "group",
            "stddev",
            "stdvar",
            "topk",
            "bottomk",
            "quantile",
            "count_values");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");

    private OperationsDocs() {}

    static JsonNode dashboard() throws IOException {
        return new ObjectMapper().readTree(Files.readString(DIR.resolve("grafana-dashboard.json")));
    }

    static JsonNode alerts() throws IOException {
        return new YAMLMapper().readTree(Files.readString(DIR.resolve("prometheus-alerts.yml")));
    }

    static String readme() throws IOException {
        return Files.readString(DIR.resolve("README.md"));
    }

    /** Every PromQL expression of the dashboard's panels, its variables' queries, and the alert rules. */
    static List<String> expressions() throws IOException {
        List<String> all = new ArrayList<>();
        for (JsonNode panel : dashboard().path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                all.add(target.path("expr").asText());
            }
        }
        for (JsonNode variable : dashboard().path("templating").path("list")) {
            all.add(variable.path("query").asText());
        }
        for (JsonNode group : alerts().path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                all.add(rule.path("expr").asText());
            }
        }
        return all;
    }

    /** Every metric name the dashboard and the alerts use. */
    static Set<String> metricNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String expr : expressions()) {
            names.addAll(metricNames(expr));
        }
        return names;
    }

    /**
     * The metric names in one PromQL expression: identifiers that are not functions, keywords, label names (inside
     * braces or a grouping clause) or durations.
     */
    static Set<String> metricNames(String expr) {
        String bare = STRING.matcher(expr).replaceAll("\"\"");
        bare = bare.replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "");
        bare = GROUPING.matcher(bare).replaceAll("$1");
        Set<String> names = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String name = m.group(1);
            boolean function = m.group(2) != null;
            if (!function && !KEYWORDS.contains(name) && !GROUPING_WORDS.contains(name)) {
                names.add(name);
            }
        }
        // label_values(metric, label): the label is not a metric.
        Matcher labelValues = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,\\s*(\\w+)\\s*\\)")
                .matcher(expr);
        while (labelValues.find()) {
            names.remove(labelValues.group(2));
            names.add(labelValues.group(1));
        }
        return names;
    }

    private static final Set<String> GROUPING_WORDS =
            Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
}
