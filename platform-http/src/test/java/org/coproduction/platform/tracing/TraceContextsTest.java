package org.coproduction.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

/** A traceparent stored with queued work and read back by the worker names the same span. */
class TraceContextsTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    @Test
    void theCurrentSpanIsWrittenAsATraceparentAndReadBack() {
        SpanContext request = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        String stored;
        try (Scope ignored = Context.root().with(Span.wrap(request)).makeCurrent()) {
            stored = TraceContexts.currentTraceparent();
        }
        assertThat(stored).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");

        SpanContext parent = Span.fromContext(TraceContexts.parentFrom(stored)).getSpanContext();
        assertThat(parent.getTraceId()).isEqualTo(TRACE);
        assertThat(parent.getSpanId()).isEqualTo(SPAN);
        assertThat(parent.isRemote()).isTrue();
        assertThat(parent.isSampled()).isTrue();
    }

    @Test
    void withoutATraceNothingIsStoredAndTheWorkerStartsItsOwn() {
        assertThat(TraceContexts.currentTraceparent()).isNull();
        assertThat(Span.fromContext(TraceContexts.parentFrom(null))
                        .getSpanContext()
                        .isValid())
                .isFalse();
        assertThat(Span.fromContext(TraceContexts.parentFrom("00-not-a-trace-01"))
                        .getSpanContext()
                        .isValid())
                .isFalse();
    }
}
