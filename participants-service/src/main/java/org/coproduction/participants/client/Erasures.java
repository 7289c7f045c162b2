package org.coproduction.participants.client;

import jakarta.ws.rs.core.Response;

/** What counts as done when another service is asked to erase or export. */
final class Erasures {

    private Erasures() {}

    /** An erasure is done only on 204; anything else is tried again later. */
    static void requireNoContent(Response response, String service) {
        if (response.getStatus() != 204) {
            throw new IllegalStateException(service + " answered " + response.getStatus() + " to an erasure");
        }
    }

    /** An export with no body is no export: never a partial one. */
    static <T> T requireAnswer(T answer, String service) {
        if (answer == null) {
            throw new IllegalStateException(service + " sent an empty export");
        }
        return answer;
    }
}
