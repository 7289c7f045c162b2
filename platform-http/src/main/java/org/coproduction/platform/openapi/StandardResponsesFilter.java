package org.coproduction.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduction.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes the answers every operation can give into the OpenAPI document, so a resource declares only the errors
 * particular to it, one line each: 401, 403 and 500 everywhere; 400 where there are parameters or a body; 413 and
 * 415 where there is a body; the problem schema on every 4xx and 5xx answer that names no content; the
 * {@code WWW-Authenticate} header of a 401 and the {@code Retry-After} header of a 503 or 429 (the 429 of a
 * rate-limited operation is written by {@link RateLimitResponsesFilter}). It also says which properties
 * may be {@code null}: every one a schema does not list as required, because the services write absent values as
 * {@code null} and accept {@code null} for an optional field (OpenAPI 3.1 needs {@code "null"} in the type for that).
 */
public class StandardResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** What Quarkus writes for the 401 and 403 it adds by itself: replaced with words that say what happened. */
    private static final java.util.Set<String> FRAMEWORK_WORDING = java.util.Set.of("Not Authorized", "Not Allowed");

    /** Problems leave out what they do not carry (they are written without nulls). */
    private static final java.util.Set<String> NOT_NULLABLE = java.util.Set.of("Problem", "FieldError");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureProblemSchema(openAPI);
        NullableProperties.mark(openAPI.getComponents().getSchemas(), NOT_NULLABLE);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                PagingParameters.describe(op);
                APIResponses responses = op.getResponses();
                if (responses == null) {
                    continue;
                }
                standardFor(op).forEach((code, description) -> {
                    APIResponse existing = responses.getAPIResponse(code);
                    if (existing == null) {
                        responses.addAPIResponse(
                                code, OASFactory.createAPIResponse().description(description));
                    } else if (FRAMEWORK_WORDING.contains(existing.getDescription())) {
                        existing.setDescription(description);
                    }
                });
                responses.getAPIResponses().forEach((code, response) -> {
                    addProblemContent(code, response);
                    addStandardHeaders(code, response);
                });
            }
        }
    }

    private static Map<String, String> standardFor(Operation op) {
        Map<String, String> standard = new LinkedHashMap<>();
        boolean hasBody = op.getRequestBody() != null;
        boolean hasParameters =
                op.getParameters() != null && !op.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            standard.put(
                    "400",
                    "A parameter or the body is not valid: an unknown query parameter, a control "
                            + "character in text, a malformed If-Match; the problem names each field");
        }
        standard.put("401", "Missing, expired or invalid bearer token");
        standard.put("403", "The token's role may not do this");
        if (hasBody) {
            standard.put("413", "The body is larger than the service accepts (256 KiB unless stated)");
            standard.put("415", "The body is not sent as application/json");
        }
        standard.put("500", "Unexpected failure; the body carries an error id to quote, never a stack trace");
        return standard;
    }

    private static void addStandardHeaders(String code, APIResponse response) {
        if ("401".equals(code)) {
            addHeader(response, "WWW-Authenticate", "Always `Bearer`: the scheme the token must use");
        } else if ("503".equals(code) || "429".equals(code)) {
            addHeader(response, "Retry-After", "Seconds to wait before trying again");
        }
    }

    static void addHeader(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(
                    name,
                    OASFactory.createHeader()
                            .description(description)
                            .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))));
        }
    }

    static void addProblemContent(String code, APIResponse response) {
        if (code.startsWith("4") || code.startsWith("5")) {
            if (response.getContent() == null
                    || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                response.setContent(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        }
    }

    /** The problem schema is written here, so it is in every document whether or not a resource names the class. */
    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey("FieldError")) {
            openAPI.getComponents()
                    .addSchema(
                            "FieldError",
                            OASFactory.createSchema()
                                    .type(java.util.List.of(Schema.SchemaType.OBJECT))
                                    .description("One invalid field of the request.")
                                    .addProperty(
                                            "field",
                                            text(
                                                    "JSON path of the field, or the name of the query parameter or header",
                                                    "availability.weekly[1].end"))
                                    .addProperty(
                                            "message",
                                            text("What is wrong with it, in plain words", "must be after start")));
        }
        if (schemas == null || !schemas.containsKey("Problem")) {
            openAPI.getComponents()
                    .addSchema(
                            "Problem",
                            OASFactory.createSchema()
                                    .type(java.util.List.of(Schema.SchemaType.OBJECT))
                                    .description(
                                            "RFC 9457 problem details (application/problem+json). `errors` lists every invalid "
                                                    + "field of a `validation` problem and is absent otherwise.")
                                    .addProperty(
                                            "type",
                                            text(
                                                    "urn:coproduction:problem: followed by a slug",
                                                    "urn:coproduction:problem:validation"))
                                    .addProperty(
                                            "title",
                                            text("Short summary of the type, the same every time", "Invalid input"))
                                    .addProperty(
                                            "status",
                                            OASFactory.createSchema()
                                                    .type(java.util.List.of(Schema.SchemaType.INTEGER))
                                                    .description("HTTP status")
                                                    .example(400))
                                    .addProperty(
                                            "detail",
                                            text("What went wrong this time, in plain words", "1 field is not valid."))
                                    .addProperty("instance", text("The request path", "/participants"))
                                    .addProperty(
                                            "traceId",
                                            text(
                                                            "The OpenTelemetry trace id of the request (32 lowercase hex "
                                                                    + "digits), present whenever the request was traced: "
                                                                    + "quote it when reporting a problem",
                                                            "4bf92f3577b34da6a3ce929d0e0e4736")
                                                    .pattern("^[0-9a-f]{32}$"))
                                    .addProperty(
                                            "errors",
                                            OASFactory.createSchema()
                                                    .type(java.util.List.of(Schema.SchemaType.ARRAY))
                                                    .description("For validation problems: every invalid field")
                                                    .items(OASFactory.createSchema()
                                                            .ref("#/components/schemas/FieldError"))));
        }
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.STRING))
                .description(description)
                .example(example);
    }
}
