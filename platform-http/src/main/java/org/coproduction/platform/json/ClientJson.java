package org.coproduction.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * How REST clients read other services' answers: a tolerant reader. Strictness protects our own door; a field another
 * service adds later must not break us. Register on each REST client interface with
 * {@code @RegisterProvider(ClientJson.class)}.
 */
public class ClientJson implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
