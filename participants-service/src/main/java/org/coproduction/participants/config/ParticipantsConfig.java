package org.coproduction.participants.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of participants-service (prefix {@code participants}, e.g. env PARTICIPANTS_PAGING_MAX_SIZE). */
@ConfigMapping(prefix = "participants")
public interface ParticipantsConfig {

    Paging paging();

    interface Paging {
        /** Page size when the client gives none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page a client may ask for; bigger requests are refused with 400, not silently cut. */
        @WithDefault("200")
        int maxSize();
    }
}
