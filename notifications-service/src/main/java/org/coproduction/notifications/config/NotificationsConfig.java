package org.coproduction.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Everything a deployer may tune about digests and deliveries (prefix {@code notifications.}). */
@ConfigMapping(prefix = "notifications")
public interface NotificationsConfig {

    Digest digest();

    Delivery delivery();

    Schedule schedule();

    Letter letter();

    Metrics metrics();

    /** Business metrics on /q/metrics. */
    interface Metrics {
        /** How long the delivery queue's gauges reuse one database reading (a burst of scrapes costs one query). */
        @WithDefault("PT15S")
        Duration gaugeMaxAge();
    }

    /** Printable letters for people who asked for post (issue 13). */
    interface Letter {
        /**
         * A TrueType font file embedded in every letter instead of the bundled DejaVu Sans: it needs the Welsh letters
         * (w and y with a circumflex). Left out (or unreadable): the bundled font.
         */
        Optional<String> font();
    }

    interface Digest {
        /** Local hour (0-23) in each person's own zone at which their digest becomes due. */
        @WithDefault("8")
        int sendHour();

        /** How far back a person's first digest looks. */
        @WithDefault("P14D")
        Duration firstLookBack();

        /** Skip a digest when nothing happened, instead of the short "work goes on" note. */
        @WithDefault("false")
        boolean skipEmpty();

        /** Zone used when a person's own zone is missing or unknown. */
        @WithDefault("Europe/London")
        String defaultZone();

        /** Participants fetched per page (participants-service allows 1..200). */
        @WithDefault("200")
        int pageSize();

        /** Participants per POST /agendas call (sessions-service allows 1..1000). */
        @WithDefault("200")
        int agendaBatchSize();

        /** Where people can change how often and how they get digests; shown in every digest when set. */
        Optional<String> preferencesUrl();
    }

    interface Delivery {
        /** Attempts before a delivery is marked FAILED (and shown as such). */
        @WithDefault("6")
        int maxAttempts();

        /** First wait after a failed attempt; doubles each time up to backoffMax. */
        @WithDefault("PT1M")
        Duration backoffBase();

        @WithDefault("PT1H")
        Duration backoffMax();

        /** How long one instance owns claimed work; after that another instance may take it back. */
        @WithDefault("PT5M")
        Duration lease();

        /** Deliveries claimed per transaction (and sent as one batch). */
        @WithDefault("200")
        int claimBatchSize();

        /** How long one mail may take at the SMTP server before the attempt counts as failed (and is retried). */
        @WithDefault("PT30S")
        Duration sendTimeout();

        /** Mails handed to the SMTP server at the same time. */
        @WithDefault("4")
        int sendConcurrency();

        /**
         * On shutdown, the longest wait for mails already handed to the SMTP server, so their outcome is recorded
         * before the database closes (keep it below the platform's termination grace period).
         */
        @WithDefault("PT20S")
        Duration shutdownWait();
    }

    interface Schedule {
        /** How often the digest job looks for people who are due ("off" disables it). */
        @WithDefault("5m")
        String digestEvery();

        /** How often waiting deliveries (retries, dependency outages) are picked up ("off" disables it). */
        @WithDefault("1m")
        String retryEvery();

        /**
         * How often the delivery log's personal parts past their retention period, and expired tombstones of erased
         * people, are cleared ("off" disables it).
         */
        @WithDefault("1h")
        String retentionEvery();
    }
}
