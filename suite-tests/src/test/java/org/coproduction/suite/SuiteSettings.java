package org.coproduction.suite;

import java.util.Map;

/** Settings the end-to-end run gives each service beyond the deployment contract, kept in one place. */
final class SuiteSettings {

    private SuiteSettings() {}

    /** The erasure outbox is tried every second and retried within seconds, so an erasure waiting for a service that
     * was down completes within the test's patience once it is back. */
    static Map<String, String> participants() {
        return Map.of(
                "PARTICIPANTS_ERASURE_EVERY", "1s",
                "PARTICIPANTS_ERASURE_DELAY", "1s",
                "PARTICIPANTS_ERASURE_FIRST_RETRY", "PT1S",
                "PARTICIPANTS_ERASURE_MAX_RETRY", "PT3S");
    }

    /**
     * The notice outbox is tried every second, so a cancellation reaches the mailbox within the test's patience; the
     * weekly engagement job runs only when a test asks (POST /engagement/runs), never by surprise mid-test.
     */
    static Map<String, String> sessions() {
        return Map.of(
                "SESSIONS_OUTBOX_EVERY", "1s",
                "SESSIONS_OUTBOX_FIRST_BACKOFF", "PT1S",
                "SESSIONS_ENGAGEMENT_EVERY", "off");
    }

    /**
     * Digests and reminders only when the test asks (no surprise run mid-test: ReminderIT starts instances of its
     * own that look for sessions often); failed sends are retried within seconds.
     */
    static Map<String, String> notifications() {
        return Map.of(
                "NOTIFICATIONS_SCHEDULE_DIGEST_EVERY",
                "off",
                "NOTIFICATIONS_REMINDER_EVERY",
                "off",
                "NOTIFICATIONS_SCHEDULE_RETRY_EVERY",
                "1s",
                "NOTIFICATIONS_DELIVERY_BACKOFF_BASE",
                "PT1S",
                "NOTIFICATIONS_DELIVERY_BACKOFF_MAX",
                "PT2S");
    }
}
