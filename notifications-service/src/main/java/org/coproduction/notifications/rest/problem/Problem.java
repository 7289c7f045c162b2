package org.coproduction.notifications.rest.problem;

import java.util.List;

import org.coproduction.notifications.service.FieldError;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, as CONVENTIONS.md fixes them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String slug, String title, String detail, String instance) {
        return new Problem("urn:coproduction:problem:" + slug, title, status, detail, instance, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }
}
