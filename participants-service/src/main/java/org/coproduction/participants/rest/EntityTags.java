package org.coproduction.participants.rest;

import jakarta.ws.rs.core.EntityTag;

import java.util.Optional;

/** ETags are the entity version; If-Match accepts "3", W/"3", 3 or *. */
final class EntityTags {

    /** A version no record ever has: an If-Match that names no version can never match. */
    static final long NO_VERSION = -1;

    private EntityTags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    static Optional<Long> expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Optional.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            return Optional.of(NO_VERSION);
        }
    }
}
