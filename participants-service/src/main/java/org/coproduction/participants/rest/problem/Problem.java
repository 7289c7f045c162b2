package org.coproduction.participants.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import org.coproduction.participants.domain.Violation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details body. */
@Schema(name = "Problem", description = "RFC 9457 problem details. `errors` lists every invalid field of a 400.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:coproduction:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid.") String detail,
        @Schema(example = "/participants") String instance,
        List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(String slug, String title, Response.Status status, String detail, String instance) {
        return new Problem("urn:coproduction:problem:" + slug, title, status.getStatusCode(), detail, instance, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
