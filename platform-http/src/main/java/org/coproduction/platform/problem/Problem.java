package org.coproduction.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details: the body of every error answer of the suite. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Problem",
        description = "RFC 9457 problem details (application/problem+json). `errors` lists every "
                + "invalid field of a `validation` problem and is absent otherwise.")
public record Problem(
        @Schema(
                description = "Problem type: urn:coproduction:problem: followed by a slug listed in CONVENTIONS.md",
                example = "urn:coproduction:problem:validation")
        String type,

        @Schema(description = "Short summary of the type, the same every time", example = "Invalid input")
        String title,

        @Schema(description = "HTTP status", example = "400")
        int status,

        @Schema(description = "What went wrong this time, in plain words", example = "2 fields are not valid.")
        String detail,

        @Schema(description = "The request path", example = "/participants")
        String instance,

        @Schema(description = "For validation problems: every invalid field")
        List<FieldError> errors,

        @Schema(
                description = "The OpenTelemetry trace id of the request (32 lowercase hex digits), present whenever "
                        + "the request was traced: quote it when reporting a problem, it finds the request's trace "
                        + "and log lines",
                pattern = "^[0-9a-f]{32}$",
                example = "4bf92f3577b34da6a3ce929d0e0e4736")
        String traceId,

        /*
         * RFC 9457 extension members a problem type defines (e.g. benefits-limit's suggestedPaidAs): written beside
         * the standard members, never nested, so a client reads them by name.
         */
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, Map.of());
    }

    public Problem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            List<FieldError> errors,
            Map<String, Object> extensions) {
        this(type, title, status, detail, instance, errors, null, extensions);
    }

    /** The same problem carrying this trace id ({@code null}: none). */
    public Problem withTraceId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id, extensions);
    }

    /** The extension members, flattened into the problem object by Jackson. */
    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, Map.of());
    }

    public static Problem of(ProblemType type, String detail, String instance, Map<String, Object> extensions) {
        return new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail == null ? type.defaultDetail() : detail,
                instance,
                null,
                extensions);
    }

    public static Problem validation(List<FieldError> errors, String instance) {
        return new Problem(
                ProblemType.VALIDATION.uri(),
                ProblemType.VALIDATION.title(),
                400,
                countOf(errors),
                instance,
                List.copyOf(errors));
    }

    /** "1 field is not valid." / "3 fields are not valid.": the field names are in {@code errors}. */
    static String countOf(List<FieldError> errors) {
        return errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.";
    }
}
