package org.coproduction.participants.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of participants-service (prefix {@code participants}, e.g. env PARTICIPANTS_PAGING_MAX_SIZE). */
@ConfigMapping(prefix = "participants")
public interface ParticipantsConfig {

    Paging paging();

    Audit audit();

    Erasure erasure();

    MentorPairing mentorPairing();

    EmailConfirmation emailConfirmation();

    Retention retention();

    interface Paging {
        /** Page size when the client gives none. */
        @WithDefault("50")
        int defaultSize();

        /** Largest page a client may ask for; bigger requests are refused with 400, not silently cut. */
        @WithDefault("200")
        int maxSize();
    }

    interface Audit {
        /** How long audit entries are kept (env PARTICIPANTS_AUDIT_KEEP); older ones are deleted by a scheduled job. */
        @WithDefault("P730D")
        Duration keep();

        /** How often queued reads are written (a scheduler interval such as {@code 1s}). */
        @WithDefault("1s")
        String flushEvery();

        /** Most queued read entries written in one batch. */
        @WithDefault("500")
        int batchSize();

        /** Most read entries waiting in memory; beyond it a reader writes its own entries (never dropped). */
        @WithDefault("100000")
        int queueCapacity();
    }

    interface Erasure {
        /** How often the outbox worker runs (a scheduler interval such as {@code 5s}). */
        @WithDefault("5s")
        String every();

        /** Wait after start-up before its first run. */
        @WithDefault("5s")
        String delay();

        /** Wait before the first retry of a target that did not answer 204. */
        @WithDefault("PT10S")
        Duration firstRetry();

        /** Longest wait between retries. */
        @WithDefault("PT15M")
        Duration maxRetry();

        /** How long one attempt holds a task before another worker (replica) may take it. */
        @WithDefault("PT2M")
        Duration lease();

        /** Tasks taken per run of the worker. */
        @WithDefault("50")
        int batchSize();
    }

    interface MentorPairing {
        /** How often queued pairing notices are sent (a scheduler interval such as {@code 5s}; {@code off} stops it). */
        @WithDefault("5s")
        String every();

        /** Wait after start-up before the first run. */
        @WithDefault("5s")
        String delay();

        /** Wait before the first retry of a notice notifications-service did not accept. */
        @WithDefault("PT10S")
        Duration firstRetry();

        /** Longest wait between retries. */
        @WithDefault("PT15M")
        Duration maxRetry();

        /** How long one attempt holds a notice before another worker (replica) may take it. */
        @WithDefault("PT2M")
        Duration lease();

        /** Notices taken per run. */
        @WithDefault("50")
        int batchSize();
    }

    interface Retention {
        /** How often expired audit entries, email changes and tombstones are deleted. */
        @WithDefault("1h")
        String every();

        /** Wait after start-up before the first run. */
        @WithDefault("1m")
        String delay();
    }

    interface EmailConfirmation {
        /** How long a confirmation link works (env PARTICIPANTS_EMAIL_CONFIRMATION_VALID_FOR). */
        @WithDefault("P2D")
        Duration validFor();
    }
}
