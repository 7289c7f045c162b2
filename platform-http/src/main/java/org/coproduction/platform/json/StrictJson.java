package org.coproduction.platform.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One JSON configuration for every service: strict at the door. Unknown fields, trailing content, duplicate keys,
 * {@code null} inside a list, a string for a number ("7"), a fraction for a whole number (1.5), a number for a text
 * or an instant, and far-off dates are all refused with a 400 naming the field, so nothing is silently dropped,
 * guessed or stored wrong. REST clients read other services' answers with {@link ClientJson} instead.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so these deserializers win over the date-time module registered before. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Makes {@code mapper} strict; public so plain unit tests can use the very same rules. */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // "" is not a missing number, date or choice.
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // "needs": [null] is a mistake, not an empty need.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        SimpleModule module = new SimpleModule("coproduction-strict-json");
        module.addDeserializer(String.class, SafeTextDeserializer.SINGLE_LINE);
        module.addDeserializer(Instant.class, new BoundedTimeDeserializers.InstantText());
        module.addDeserializer(LocalDate.class, new BoundedTimeDeserializers.DateText());
        mapper.registerModule(module);
        return mapper;
    }
}
