package org.coproduction.suite;

import java.util.Map;

/** Settings the end-to-end run gives each service beyond the deployment contract, kept in one place. */
final class SuiteSettings {

    private SuiteSettings() {}

    /** The notice outbox is tried every second, so a cancellation reaches the mailbox within the test's patience. */
    static Map<String, String> sessions() {
        return Map.of("SESSIONS_OUTBOX_EVERY", "1s", "SESSIONS_OUTBOX_FIRST_BACKOFF", "PT1S");
    }

    /** Digests only when the test asks (no surprise run mid-test); failed sends are retried within seconds. */
    static Map<String, String> notifications() {
        return Map.of(
                "NOTIFICATIONS_SCHEDULE_DIGEST_EVERY",
                "off",
                "NOTIFICATIONS_SCHEDULE_RETRY_EVERY",
                "1s",
                "NOTIFICATIONS_DELIVERY_BACKOFF_BASE",
                "PT1S",
                "NOTIFICATIONS_DELIVERY_BACKOFF_MAX",
                "PT2S");
    }
}
