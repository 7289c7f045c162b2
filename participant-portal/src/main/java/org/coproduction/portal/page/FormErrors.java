package org.coproduction.portal.page;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;

/** What was wrong with a form, field by field, for the error summary and the fields' own messages. */
@TemplateData
public final class FormErrors {

    /** One problem: the id of the input it is about (the summary links to it) and what to do. */
    @TemplateData
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors = new ArrayList<>();

    public FormErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<FieldError> all() {
        return List.copyOf(errors);
    }

    /** The message for one field, or null (templates show it beside the field). */
    public String of(String field) {
        return errors.stream()
                .filter(e -> e.field().equals(field))
                .map(FieldError::message)
                .findFirst()
                .orElse(null);
    }

    public boolean has(String field) {
        return of(field) != null;
    }
}
