package org.coproduction.notifications.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Participant JSON as participants-service sends it (with fields this service must ignore). */
public final class People {

    private static final ObjectMapper JSON = new ObjectMapper();

    private People() {}

    public static Map<String, Object> person(
            UUID id,
            String preferredName,
            String language,
            String zone,
            String frequency,
            String format,
            String status) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id.toString());
        p.put("name", preferredName + " Example");
        p.put("preferredName", preferredName);
        p.put("pronouns", "they/them");
        p.put("email", preferredName.toLowerCase() + "-" + id.toString().substring(0, 8) + "@example.org");
        p.put("role", "LIVED_EXPERIENCE");
        p.put("timeZone", zone);
        p.put("status", status);
        p.put("accessNeeds", Map.of("needs", List.of("BSL_INTERPRETER"), "notes", "private"));
        p.put("language", Map.of("preferred", language, "plainLanguage", true));
        p.put(
                "communication",
                Map.of("channel", "EMAIL", "digestFrequency", frequency, "digestDay", "MONDAY", "format", format));
        p.put("version", 3);
        return p;
    }

    public static Map<String, Object> active(UUID id, String name) {
        return person(id, name, "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
    }

    public static String email(Map<String, Object> person) {
        return (String) person.get("email");
    }

    public static String page(List<Map<String, Object>> items, int page, int size, long total) {
        return json(Map.of("items", items, "page", page, "size", size, "total", total));
    }

    public static String lookup(List<Map<String, Object>> items) {
        return json(Map.of("items", items, "missing", List.of()));
    }

    /** Agendas with nothing in them, for every person given. */
    public static String emptyAgendas(List<Map<String, Object>> people) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> p : people) {
            items.add(Map.of(
                    "participantId",
                    p.get("id"),
                    "upcomingSessions",
                    List.of(),
                    "summaries",
                    List.of(),
                    "openActions",
                    List.of(),
                    "projectUpdates",
                    List.of(),
                    "contributions",
                    Map.of("sessionsAttended", 0, "hours", 0)));
        }
        return json(Map.of("items", items));
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
