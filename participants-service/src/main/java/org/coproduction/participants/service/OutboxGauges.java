package org.coproduction.participants.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.coproduction.participants.config.MetricsConfig;
import org.jboss.logging.Logger;

/**
 * The two outboxes (erasures to carry to the other services, mentor pairings to announce) as gauges: how many
 * messages wait and how old the oldest is (a row is deleted once handed on, so every row waits). One query for both,
 * at most once per {@code participants.metrics.gauge-max-age}, however often Prometheus scrapes.
 */
@Startup
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);
    /** The outbox tag and its table. */
    private static final Map<String, String> TABLES =
            Map.of("erasure", "erasure_outbox", "mentor_pairing", "mentor_pairing_outbox");

    /** Waiting messages and when the oldest was written (null: none). */
    record Pending(long count, Instant oldest) {}

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    private final Cached<Map<String, Pending>> pending;

    public OutboxGauges(DataSource dataSource, MetricsConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.pending = new Cached<>(this::read, config.gaugeMaxAge(), clock);
        for (String outbox : TABLES.keySet()) {
            Gauge.builder("coproduction.outbox.pending", this, g -> g.count(outbox))
                    .description("Messages in an outbox waiting to be handed on")
                    .tag("outbox", outbox)
                    .register(registry);
            Gauge.builder("coproduction.outbox.oldest.pending.age", this, g -> g.oldestAgeSeconds(outbox))
                    .description("Age of the oldest message waiting in an outbox; 0 when none waits")
                    .tag("outbox", outbox)
                    .baseUnit("seconds")
                    .register(registry);
        }
    }

    double count(String outbox) {
        Map<String, Pending> now = pending.get();
        return now == null ? Double.NaN : now.get(outbox).count();
    }

    double oldestAgeSeconds(String outbox) {
        Map<String, Pending> now = pending.get();
        if (now == null) {
            return Double.NaN;
        }
        Instant oldest = now.get(outbox).oldest();
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** Null when the database cannot be read (the gauges then read NaN: no value in Prometheus). */
    private Map<String, Pending> read() {
        StringBuilder sql = new StringBuilder();
        TABLES.forEach((outbox, table) -> sql.append(sql.isEmpty() ? "" : " union all ")
                .append("select '")
                .append(outbox)
                .append("', count(*), min(created_at) from ")
                .append(table));
        Map<String, Pending> result = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql.toString());
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Timestamp oldest = rows.getTimestamp(3);
                result.put(rows.getString(1), new Pending(rows.getLong(2), oldest == null ? null : oldest.toInstant()));
            }
            return result;
        } catch (SQLException e) {
            LOG.warnf("Outbox gauges not read: %s", e.getClass().getSimpleName());
            return null;
        }
    }
}
