package org.coproduction.notifications.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.coproduction.notifications.notice.write.CareFacts;

/** A notice's care facts (issue 14) as the JSON text kept with it; its own mapper, stable whatever REST does. */
public final class CareFactsJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private CareFactsJson() {}

    /** Null for none, so notices of other kinds keep a null column. */
    public static String write(CareFacts facts) {
        if (facts == null || facts.none()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("care facts cannot be written as JSON", e);
        }
    }

    public static CareFacts read(String json) {
        if (json == null) {
            return CareFacts.NONE;
        }
        try {
            return JSON.readValue(json, CareFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored care facts are not valid JSON", e);
        }
    }
}
