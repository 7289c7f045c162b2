package org.coproduction.sessions.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.coproduction.sessions.service.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(description = "Problem type", example = "urn:coproduction:problem:validation") String type,
        @Schema(description = "Short summary of the type", example = "Invalid input") String title,
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "What went wrong this time, in plain words",
                example = "2 fields are not valid") String detail,
        @Schema(description = "The request path", example = "/sessions") String instance,
        @Schema(description = "For validation problems: every bad field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String PREFIX = "urn:coproduction:problem:";

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(PREFIX + slug, title, status, detail, instance, null);
    }

    public static Problem validation(String detail, String instance, List<FieldError> errors) {
        return new Problem(PREFIX + "validation", "Invalid input", 400, detail, instance, errors);
    }
}
