package org.coproduction.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.coproduction.platform.text.TimeBounds;

/** Instants and dates only as ISO-8601 strings within {@link TimeBounds}: never a number, never year 999999999. */
final class BoundedTimeDeserializers {

    private BoundedTimeDeserializers() {}

    static final class InstantText extends StdScalarDeserializer<Instant> {
        InstantText() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Instant instant = p.currentToken() == JsonToken.VALUE_STRING ? TimeBounds.instantOrNull(p.getText()) : null;
            if (instant == null) {
                throw new OutOfRangeException(p, TimeBounds.INSTANT_RULE, Instant.class);
            }
            return instant;
        }
    }

    static final class DateText extends StdScalarDeserializer<LocalDate> {
        DateText() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate date = p.currentToken() == JsonToken.VALUE_STRING ? TimeBounds.dateOrNull(p.getText()) : null;
            if (date == null) {
                throw new OutOfRangeException(p, TimeBounds.DATE_RULE, LocalDate.class);
            }
            return date;
        }
    }
}
