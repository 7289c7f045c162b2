package org.coproduction.platform.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bad field of a request, named by its JSON path ("availability.weekly[1].end") or query parameter ("size"). */
@Schema(name = "FieldError", description = "One invalid field of the request.")
public record FieldError(
        @Schema(
                description = "JSON path of the field, or the name of the query parameter or header",
                example = "availability.weekly[1].end")
        String field,

        @Schema(description = "What is wrong with it, in plain words", example = "must be after start")
        String message) {}
