package org.coproduction.notifications.delivery.record;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.coproduction.notifications.domain.DeliveryKind;

/**
 * The business counters ops alert on (Prometheus names in docs/operations/README.md). Every series is registered at
 * start with zero, so a rate or an alert has a series to read before the first digest or notice.
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics {

    /** What became of one attempt at a delivery. */
    public enum Outcome {
        /** The SMTP server accepted it. */
        SENT,
        /** The attempt failed; it waits for its backoff and is tried again. */
        RETRY,
        /** The last allowed attempt failed: FAILED for a person to look at. */
        FAILED,
        /** The SMTP server refused it for good (5xx). */
        REJECTED,
        /** Nothing to send (the skip rule's reason is in the delivery log). */
        SKIPPED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<DeliveryKind, Map<Outcome, Counter>> deliveries = new EnumMap<>(DeliveryKind.class);
    private final Counter digestsDue;
    private final Counter noticesQueued;
    private final Map<RunOutcome, Counter> runs = new EnumMap<>(RunOutcome.class);
    private final DistributionSummary dueEachRun;

    /** How a digest run ended. */
    public enum RunOutcome {
        FINISHED,
        ABORTED,
        /** A forced run that could not reach a dependency and waits to be planned again. */
        WAITING
    }

    public DeliveryMetrics(MeterRegistry registry) {
        for (DeliveryKind kind : DeliveryKind.values()) {
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(
                        outcome,
                        Counter.builder("coproduction.deliveries")
                                .description("Delivery attempts by kind and outcome (sent, retry, failed, rejected,"
                                        + " skipped)")
                                .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                                .tag("outcome", outcome.tag())
                                .register(registry));
            }
            deliveries.put(kind, byOutcome);
        }
        digestsDue = Counter.builder("coproduction.digests.due")
                .description("Digests digest runs found due (each becomes one delivery)")
                .register(registry);
        noticesQueued = Counter.builder("coproduction.notices.queued")
                .description("Notice deliveries queued (one per recipient of an accepted notice)")
                .register(registry);
        for (RunOutcome outcome : RunOutcome.values()) {
            runs.put(
                    outcome,
                    Counter.builder("coproduction.digest.runs")
                            .description("Digest runs by how they ended")
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
        dueEachRun = DistributionSummary.builder("coproduction.digest.run.due")
                .description("Digests each digest run found due")
                .register(registry);
    }

    public void delivered(DeliveryKind kind, Outcome outcome, int count) {
        if (kind != null && count > 0) {
            deliveries.get(kind).get(outcome).increment(count);
        }
    }

    public void noticesQueued(int deliveries) {
        noticesQueued.increment(deliveries);
    }

    /** A digest run ended, having found {@code due} digests due. */
    public void runEnded(RunOutcome outcome, long due) {
        runs.get(outcome).increment();
        dueEachRun.record(due);
    }

    public void digestsDue(int count) {
        digestsDue.increment(count);
    }
}
