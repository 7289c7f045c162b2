package org.coproduction.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A text value refused by {@link org.coproduction.platform.text.TextRules}; Jackson adds the field's path. */
public class UnsafeTextException extends MismatchedInputException {

    private final String rule;

    UnsafeTextException(JsonParser parser, String rule) {
        super(parser, rule, String.class);
        this.rule = rule;
    }

    /** The rule broken, in plain words ("must not contain control characters"). */
    public String rule() {
        return rule;
    }
}
