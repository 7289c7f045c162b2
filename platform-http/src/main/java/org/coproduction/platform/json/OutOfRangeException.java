package org.coproduction.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A date or time that is not ISO-8601 text within the suite's years; Jackson adds the field's path. */
public class OutOfRangeException extends MismatchedInputException {

    private final String rule;

    OutOfRangeException(JsonParser parser, String rule, Class<?> target) {
        super(parser, rule, target);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
