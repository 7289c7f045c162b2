package org.coproduction.sessions.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.coproduction.sessions.config.MetricsConfig;
import org.jboss.logging.Logger;

/**
 * The notice outbox on /q/metrics: notices queued (counted once their change commits), what each attempt to hand one
 * to notifications-service came to, and as gauges how many wait and how old the oldest is. The gauges read the
 * database at most once per {@code sessions.metrics.gauge-max-age}, however often Prometheus scrapes.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final String OUTBOX = "notice";

    /** Pending notices and when the oldest was queued (null: none). */
    record Pending(long count, Instant oldest) {}

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private final Cached<Pending> pending;
    private final Counter queued;
    private final Counter sent;
    private final Counter retry;

    public OutboxMetrics(DataSource dataSource, MetricsConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.pending = new Cached<>(this::read, config.gaugeMaxAge(), clock);
        queued = Counter.builder("coproduction.outbox.queued")
                .description("Messages written to an outbox (committed)")
                .tag("outbox", OUTBOX)
                .register(registry);
        sent = dispatched(registry, "sent");
        retry = dispatched(registry, "retry");
        Gauge.builder("coproduction.outbox.pending", this, m -> m.count())
                .description("Messages in an outbox waiting to be handed on")
                .tag("outbox", OUTBOX)
                .register(registry);
        Gauge.builder("coproduction.outbox.oldest.pending.age", this, m -> m.oldestAgeSeconds())
                .description("Age of the oldest message waiting in an outbox; 0 when none waits")
                .tag("outbox", OUTBOX)
                .baseUnit("seconds")
                .register(registry);
    }

    private static Counter dispatched(MeterRegistry registry, String outcome) {
        return Counter.builder("coproduction.outbox.dispatched")
                .description("Attempts to hand an outbox message on: sent, or retry (kept for a later attempt)")
                .tag("outbox", OUTBOX)
                .tag("outcome", outcome)
                .register(registry);
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeQueued event) {
        queued.increment();
    }

    /** One attempt to hand a notice to notifications-service. */
    void dispatched(boolean delivered) {
        (delivered ? sent : retry).increment();
    }

    double count() {
        Pending now = pending.get();
        return now == null ? Double.NaN : now.count();
    }

    double oldestAgeSeconds() {
        Pending now = pending.get();
        if (now == null) {
            return Double.NaN;
        }
        return now.oldest() == null
                ? 0
                : Math.max(0, Duration.between(now.oldest(), clock.instant()).toMillis() / 1000.0);
    }

    /** Null when the database cannot be read (the gauges then read NaN: no value in Prometheus). */
    private Pending read() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*), min(created_at) from notice_outbox where status = 'PENDING'");
                ResultSet row = query.executeQuery()) {
            row.next();
            Timestamp oldest = row.getTimestamp(2);
            return new Pending(row.getLong(1), oldest == null ? null : oldest.toInstant());
        } catch (SQLException e) {
            LOG.warnf("Outbox gauges not read: %s", e.getClass().getSimpleName());
            return null;
        }
    }
}
