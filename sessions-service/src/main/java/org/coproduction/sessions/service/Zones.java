package org.coproduction.sessions.service;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** IANA zone ids, checked. */
final class Zones {
    private Zones() {}

    static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
