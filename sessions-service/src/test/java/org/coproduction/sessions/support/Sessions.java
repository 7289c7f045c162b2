package org.coproduction.sessions.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Bodies for POST /sessions. */
public final class Sessions {
    private Sessions() {}

    public static Map<String, Object> body(
            String projectId, String venueId, String format, String start, String end, UUID... invitees) {
        Map<String, Object> body = new HashMap<>();
        body.put("projectId", projectId);
        body.put("title", "Planning the spring workshops");
        body.put("purpose", "Agree dates and topics");
        body.put("type", "MEETING");
        body.put("format", format);
        if (venueId != null) {
            body.put("venueId", venueId);
        }
        body.put("start", start);
        body.put("end", end);
        body.put("timeZone", "Europe/London");
        body.put("invitees", List.of(invitees));
        return body;
    }
}
