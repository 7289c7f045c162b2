package org.coproduction.platform.problem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The trace id of the span current on this thread, so a problem and a log line can be matched with the trace. */
public final class TraceIds {

    private TraceIds() {}

    /** 32 lowercase hex digits, or {@code null} when no valid span is current (no SDK, or outside a request). */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
