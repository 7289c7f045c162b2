package org.coproduction.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.coproduction.platform.text.MultiLine;
import org.coproduction.platform.text.TextRules;

/**
 * Reads every JSON string of a request: only a JSON string is text (a number or boolean is refused, so 1e999999
 * never becomes the name "Infinity"), and the text must pass {@link TextRules}, single-line unless the field is
 * marked {@link MultiLine}.
 */
final class SafeTextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    static final SafeTextDeserializer SINGLE_LINE = new SafeTextDeserializer(false);
    static final SafeTextDeserializer MULTI_LINE = new SafeTextDeserializer(true);

    private final boolean multiLine;

    private SafeTextDeserializer(boolean multiLine) {
        super(String.class);
        this.multiLine = multiLine;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        return property != null && property.getAnnotation(MultiLine.class) != null ? MULTI_LINE : SINGLE_LINE;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        String problem = TextRules.problem(text, multiLine);
        if (problem != null) {
            throw new UnsafeTextException(p, problem);
        }
        return text;
    }
}
