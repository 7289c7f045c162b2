package org.coproduction.notifications.notice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.coproduction.notifications.notice.write.SessionDetails;

/** A notice's session facts as the JSON text kept with it (its own mapper: stable, whatever the REST layer does). */
public final class SessionDetailsJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private SessionDetailsJson() {}

    public static String write(SessionDetails details) {
        if (details == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("session details cannot be written as JSON", e);
        }
    }

    public static SessionDetails read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, SessionDetails.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session details are not valid JSON", e);
        }
    }
}
