package org.coproduction.suite.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * One service's OpenAPI 3.1 document, able to say where an exchange differs from it: an operation that is not
 * described, a status it does not list, a body that does not match its schema (JSON Schema 2020-12 with the
 * OpenAPI 3.1 dialect), or a header with meaning to a client (ETag, Location...) that it does not mention.
 */
public final class OpenApiDocument {

    /** Response headers a client acts on: each one sent must be described. */
    static final Set<String> MEANINGFUL_RESPONSE_HEADERS = Set.of(
            "etag", "location", "retry-after", "www-authenticate", "content-disposition", "idempotency-key", "link");

    /** Request headers that change what an operation does: each one sent must be a described parameter. */
    static final Set<String> MEANINGFUL_REQUEST_HEADERS = Set.of("if-match", "if-none-match", "idempotency-key");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    private final String name;
    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance());
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiDocument(String name, JsonNode document) {
        this.name = name;
        this.document = document;
    }

    public static OpenApiDocument read(String name, Path yaml) throws IOException {
        return new OpenApiDocument(name, YAML.readTree(yaml.toFile()));
    }

    public static OpenApiDocument parse(String name, String yamlOrJson) throws IOException {
        return new OpenApiDocument(name, YAML.readTree(yamlOrJson));
    }

    public String name() {
        return name;
    }

    public JsonNode tree() {
        return document;
    }

    /** Every way the exchange differs from the document, in words; empty when it conforms. */
    public List<String> differences(Exchange exchange) {
        List<String> found = new ArrayList<>();
        String what = exchange.method() + " " + exchange.path() + " -> " + exchange.status();
        Optional<JsonNode> operation = operation(exchange.method(), exchange.path());
        if (operation.isEmpty()) {
            found.add(what + ": the document describes no such operation");
            return found;
        }
        JsonNode op = operation.get();
        String opName = op.path("operationId").asText("(no operationId)");
        checkRequest(exchange, op, opName, found);
        checkResponse(exchange, op, opName, found);
        return found.stream()
                .map(d -> name + " " + what + " [" + opName + "]: " + d)
                .toList();
    }

    private void checkRequest(Exchange exchange, JsonNode op, String opName, List<String> found) {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        for (String query : exchange.queryNames()) {
            if (parameters.stream()
                    .noneMatch(p -> "query".equals(p.path("in").asText())
                            && query.equals(p.path("name").asText()))) {
                found.add("query parameter '" + query + "' is not described");
            }
        }
        for (String header : exchange.requestHeaders().keySet()) {
            if (MEANINGFUL_REQUEST_HEADERS.contains(header)
                    && parameters.stream()
                            .noneMatch(p -> "header".equals(p.path("in").asText())
                                    && header.equalsIgnoreCase(p.path("name").asText()))) {
                found.add("request header '" + header + "' is not described");
            }
        }
        if (exchange.requestBody().isEmpty()) {
            return;
        }
        JsonNode content = op.path("requestBody").path("content");
        String type = baseType(exchange.requestHeaders().getOrDefault("content-type", ""));
        if (!content.has(type)) {
            found.add("request body of type '" + type + "' is not described (described: " + fieldNames(content) + ")");
            return;
        }
        validate("request body", content.path(type).path("schema"), type, exchange.requestBody(), found);
    }

    private void checkResponse(Exchange exchange, JsonNode op, String opName, List<String> found) {
        JsonNode responses = op.path("responses");
        String status = String.valueOf(exchange.status());
        JsonNode response = responses.has(status)
                ? responses.get(status)
                : responses.has(status.charAt(0) + "XX")
                        ? responses.get(status.charAt(0) + "XX")
                        : responses.get("default");
        if (response == null) {
            found.add("status " + status + " is not described (described: " + fieldNames(responses) + ")");
            return;
        }
        for (String header : exchange.responseHeaders().keySet()) {
            if (MEANINGFUL_RESPONSE_HEADERS.contains(header)
                    && !containsIgnoringCase(response.path("headers"), header)) {
                found.add("response header '" + header + "' is not described for status " + status);
            }
        }
        if (exchange.responseBody().isEmpty()) {
            return;
        }
        JsonNode content = response.path("content");
        String type = baseType(exchange.responseHeaders().getOrDefault("content-type", ""));
        if (!content.has(type)) {
            found.add("response body of type '" + type + "' is not described for status " + status + " (described: "
                    + fieldNames(content) + ")");
            return;
        }
        validate("response body", content.path(type).path("schema"), type, exchange.responseBody(), found);
    }

    private void validate(String what, JsonNode schemaNode, String type, String body, List<String> found) {
        if (!type.endsWith("json") || schemaNode.isMissingNode()) {
            return;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            found.add(what + " is not JSON");
            return;
        }
        for (Error error : schema(schemaNode).validate(instance)) {
            found.add(what + " at " + error.getInstanceLocation() + ": " + error.getMessage());
        }
    }

    /** The schema with the document's components beside it, so its references resolve as they do in the document. */
    private Schema schema(JsonNode schemaNode) {
        return schemas.computeIfAbsent(schemaNode.toString(), key -> {
            ObjectNode standalone = schemaNode.deepCopy();
            standalone.set("components", document.path("components"));
            return registry.getSchema(
                    SchemaLocation.of("urn:coproduction:openapi:" + name + ":" + SCHEMAS.incrementAndGet()),
                    standalone);
        });
    }

    /** The operationId the exchange was an instance of, if the document describes it. */
    public Optional<String> operationId(Exchange exchange) {
        return operation(exchange.method(), exchange.path())
                .map(op -> op.path("operationId").asText());
    }

    /** The operation for a method and a concrete path; a literal segment wins over a template. */
    Optional<JsonNode> operation(String method, String path) {
        JsonNode best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode op = entry.getValue().get(method.toLowerCase(Locale.ROOT));
            if (op == null || !template(entry.getKey()).matcher(path).matches()) {
                continue;
            }
            int literals = entry.getKey().replaceAll("\\{[^}]+}", "").length();
            if (literals > bestLiterals) {
                best = op;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Pattern template(String pathTemplate) {
        StringBuilder regex = new StringBuilder();
        for (String part : pathTemplate.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private static boolean containsIgnoringCase(JsonNode object, String field) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            if (names.next().equalsIgnoreCase(field)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
