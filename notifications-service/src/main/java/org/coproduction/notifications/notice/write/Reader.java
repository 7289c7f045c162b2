package org.coproduction.notifications.notice.write;

import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * Who a notice is written for: their id (a pairing reads differently for each side), language and zone, and the
 * preferred names of the people the notice names (someone missing, erased or unknown, is not named).
 */
public record Reader(UUID id, String lang, ZoneId zone, Map<UUID, String> names) {

    /** The preferred name of someone the notice names; null when it is not known. */
    public String name(UUID person) {
        if (person == null) {
            return null;
        }
        String name = names.get(person);
        return name == null || name.isBlank() ? null : name;
    }
}
