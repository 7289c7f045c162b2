package org.coproduction.platform.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries a trace across a queue: the W3C {@code traceparent} of the request that queued some work is stored with
 * it, and the worker that does the work later makes its span a child of it, so one trace shows the request and
 * everything it set off (an outbox row, a delivery), as HTTP headers do between services.
 */
public final class TraceContexts {

    private static final String TRACEPARENT = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContexts() {}

    /** The current span as a W3C {@code traceparent} (55 characters), or {@code null} when no valid span is current. */
    public static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * The context to start a worker's span in: the stored request's span as its remote parent, or the root context
     * (a trace of its own) when nothing was stored or what was stored is not a valid {@code traceparent}.
     */
    public static Context parentFrom(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent.strip()), MAP);
    }
}
