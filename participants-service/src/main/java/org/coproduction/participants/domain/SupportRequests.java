package org.coproduction.participants.domain;

import java.time.Instant;

/**
 * When a person asked for training or a mentor, so coordinators can see how long they have waited: the moment the
 * request started (training interests went from none to some, {@code wantsMentor} became true), kept while it stands
 * and cleared when it is withdrawn. Editing a standing request does not restart the wait.
 */
public final class SupportRequests {

    private SupportRequests() {}

    /**
     * @param askedBefore whether the request stood before this write
     * @param askingNow whether it stands after it
     * @param askedAt when it started, as stored (null if it did not stand)
     */
    public static Instant askedAt(boolean askedBefore, boolean askingNow, Instant askedAt, Instant now) {
        if (!askingNow) {
            return null;
        }
        // A request that stood but has no time (it cannot, after migration V6) starts now rather than never.
        return askedBefore && askedAt != null ? askedAt : now;
    }
}
