package org.coproduction.sessions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.coproduction.platform.json.ClientJson;
import org.coproduction.sessions.api.SummaryVersionDto;
import org.coproduction.sessions.api.UpdateVersionDto;

/** Versions are kept whole, as a JSON array in one column, and read back the same way. */
final class ContentJson {
    private static final TypeReference<List<UpdateVersionDto>> UPDATES = new TypeReference<>() {};
    private static final TypeReference<List<SummaryVersionDto>> SUMMARIES = new TypeReference<>() {};

    private ContentJson() {}

    static String write(List<?> versions) {
        try {
            return ClientJson.mapper().writeValueAsString(versions == null ? List.of() : versions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("versions cannot be written as JSON", e);
        }
    }

    static List<UpdateVersionDto> updateVersions(String json) {
        return read(json, UPDATES);
    }

    static List<SummaryVersionDto> summaryVersions(String json) {
        return read(json, SUMMARIES);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return ClientJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored versions cannot be read", e);
        }
    }
}
