package org.coproduction.notifications.render;

import java.time.DateTimeException;
import java.time.ZoneId;

public final class Zones {

    private Zones() {}

    /** The person's zone, or the fallback when it is missing or not a valid IANA id. */
    public static ZoneId of(String id, ZoneId fallback) {
        if (id == null || id.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            return fallback;
        }
    }
}
