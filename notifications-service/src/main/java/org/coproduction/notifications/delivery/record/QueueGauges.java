package org.coproduction.notifications.delivery.record;

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
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.DeliveryKind;
import org.jboss.logging.Logger;

/**
 * The delivery queue as gauges, per kind: how many deliveries wait to be sent (PENDING, CLAIMED or SENDING) and how
 * old the oldest of them is. One grouped query (on the partial index of claimable deliveries) at most once per
 * {@code notifications.metrics.gauge-max-age}, so scrapes never add up to a load on the database.
 */
@Startup
@ApplicationScoped
public class QueueGauges {

    private static final Logger LOG = Logger.getLogger(QueueGauges.class);

    /** Waiting deliveries of one kind, and when the oldest was made (null: none). */
    record Waiting(long count, Instant oldest) {}

    private final DataSource dataSource;
    private final Clock clock;
    private final Cached<Map<DeliveryKind, Waiting>> snapshot;

    public QueueGauges(DataSource dataSource, NotificationsConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.clock = Clock.systemUTC();
        this.snapshot = new Cached<>(this::read, config.metrics().gaugeMaxAge(), clock);
        for (DeliveryKind kind : DeliveryKind.values()) {
            String tag = kind.name().toLowerCase(Locale.ROOT);
            Gauge.builder("coproduction.delivery.queue.depth", this, g -> g.depth(kind))
                    .description("Deliveries waiting to be sent (PENDING, CLAIMED or SENDING)")
                    .tag("kind", tag)
                    .register(registry);
            Gauge.builder("coproduction.delivery.queue.oldest.age", this, g -> g.oldestAgeSeconds(kind))
                    .description("Age of the oldest delivery waiting to be sent; 0 when none waits")
                    .tag("kind", tag)
                    .baseUnit("seconds")
                    .register(registry);
        }
    }

    double depth(DeliveryKind kind) {
        Map<DeliveryKind, Waiting> now = snapshot.get();
        return now == null ? Double.NaN : now.get(kind).count();
    }

    double oldestAgeSeconds(DeliveryKind kind) {
        Map<DeliveryKind, Waiting> now = snapshot.get();
        if (now == null) {
            return Double.NaN;
        }
        Instant oldest = now.get(kind).oldest();
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    /** Null when the database cannot be read (the gauges then read NaN, which Prometheus shows as no value). */
    private Map<DeliveryKind, Waiting> read() {
        Map<DeliveryKind, Waiting> waiting = new EnumMap<>(DeliveryKind.class);
        for (DeliveryKind kind : DeliveryKind.values()) {
            waiting.put(kind, new Waiting(0, null));
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("select kind, count(*), min(created_at) from delivery"
                                + " where status in ('PENDING', 'CLAIMED', 'SENDING') group by kind");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                DeliveryKind kind = DeliveryKind.valueOf(rows.getString(1));
                Timestamp oldest = rows.getTimestamp(3);
                waiting.put(kind, new Waiting(rows.getLong(2), oldest == null ? null : oldest.toInstant()));
            }
            return waiting;
        } catch (SQLException | IllegalArgumentException e) {
            LOG.warnf("Delivery queue gauges not read: %s", e.getClass().getSimpleName());
            return null;
        }
    }
}
