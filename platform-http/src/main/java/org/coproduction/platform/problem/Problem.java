package org.coproduction.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
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
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail == null ? type.defaultDetail() : detail,
                instance,
                null);
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
