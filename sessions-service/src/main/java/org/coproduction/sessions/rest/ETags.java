package org.coproduction.sessions.rest;

import jakarta.ws.rs.core.EntityTag;

/** The ETag of a resource is its version number. */
final class ETags {
    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
