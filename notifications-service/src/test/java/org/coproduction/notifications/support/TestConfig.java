package org.coproduction.notifications.support;

import java.time.Duration;
import java.util.Optional;
import org.coproduction.notifications.config.NotificationsConfig;

/**
 * The service's configuration for plain unit tests, with the defaults of {@link NotificationsConfig}; each test
 * changes only the values it is about.
 */
public final class TestConfig implements NotificationsConfig {

    public int sendHour = 8;
    public Duration firstLookBack = Duration.ofDays(14);
    public boolean skipEmpty = false;
    public String defaultZone = "Europe/London";
    public int pageSize = 200;
    public int agendaBatchSize = 200;
    public String preferencesUrl = null;
    public int maxAttempts = 6;
    public Duration backoffBase = Duration.ofMinutes(1);
    public Duration backoffMax = Duration.ofHours(1);
    public Duration lease = Duration.ofMinutes(5);
    public int claimBatchSize = 200;
    public Duration sendTimeout = Duration.ofSeconds(30);
    public int sendConcurrency = 4;

    @Override
    public Letter letter() {
        return java.util.Optional::empty;
    }

    @Override
    public Metrics metrics() {
        return () -> Duration.ZERO;
    }

    @Override
    public Digest digest() {
        return new Digest() {
            @Override
            public int sendHour() {
                return sendHour;
            }

            @Override
            public Duration firstLookBack() {
                return firstLookBack;
            }

            @Override
            public boolean skipEmpty() {
                return skipEmpty;
            }

            @Override
            public String defaultZone() {
                return defaultZone;
            }

            @Override
            public int pageSize() {
                return pageSize;
            }

            @Override
            public int agendaBatchSize() {
                return agendaBatchSize;
            }

            @Override
            public Optional<String> preferencesUrl() {
                return Optional.ofNullable(preferencesUrl);
            }
        };
    }

    @Override
    public Delivery delivery() {
        return new Delivery() {
            @Override
            public int maxAttempts() {
                return maxAttempts;
            }

            @Override
            public Duration backoffBase() {
                return backoffBase;
            }

            @Override
            public Duration backoffMax() {
                return backoffMax;
            }

            @Override
            public Duration lease() {
                return lease;
            }

            @Override
            public int claimBatchSize() {
                return claimBatchSize;
            }

            @Override
            public Duration sendTimeout() {
                return sendTimeout;
            }

            @Override
            public int sendConcurrency() {
                return sendConcurrency;
            }

            @Override
            public Duration shutdownWait() {
                return Duration.ofSeconds(20);
            }
        };
    }

    @Override
    public Schedule schedule() {
        return new Schedule() {
            @Override
            public String digestEvery() {
                return "off";
            }

            @Override
            public String retryEvery() {
                return "off";
            }

            @Override
            public String retentionEvery() {
                return "off";
            }
        };
    }
}
