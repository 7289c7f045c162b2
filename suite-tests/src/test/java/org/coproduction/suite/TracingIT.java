package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.coproduction.suite.TraceReceiver.ReceivedSpan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace shows a cancellation from the coordinator's call to each notice sent: the spans the real jars export to
 * the receiver in this JVM share the trace id the coordinator's call carried, and each one's parent chain leads back
 * to that call, across sessions-service's outbox (a database row between the request and the dispatch),
 * notifications-service's receipt, and its delivery queue (another row between the receipt and the mail).
 */
class TracingIT {

    static SuiteEnvironment suite;
    static Coordinator coordinator;
    final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        suite = SuiteEnvironment.get();
        coordinator = new Coordinator(suite);
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }

    @Test
    void oneTraceRunsFromTheCancelCallToEachNoticeSent() {
        People.Person nia = new People.Person("nia", "Nia Evans", "Nia", "LIVED_EXPERIENCE");
        People.Person owen = new People.Person("owen", "Owen Price", "Owen", "LIVED_EXPERIENCE");
        UUID niaId = coordinator.register(nia);
        UUID owenId = coordinator.register(owen);
        UUID projectId = coordinator.project("Traced " + unique, List.of(niaId, owenId));
        UUID venueId = coordinator.venue("Hall " + unique, "3 Mill Lane, Leeds LS2 7AA");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(15)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(10);
        String title = "Traced session " + unique;
        UUID sessionId = coordinator.session(Map.of(
                "projectId",
                projectId,
                "title",
                title,
                "purpose",
                "Follow one trace",
                "type",
                "MEETING",
                "format",
                "IN_PERSON",
                "venueId",
                venueId,
                "start",
                start.toString(),
                "end",
                start.plusHours(1).toString(),
                "timeZone",
                "Europe/London",
                "invitees",
                List.of(niaId, owenId)));
        coordinator.awaitCalendarMailsTo(nia.email(), title, 1);
        coordinator.awaitCalendarMailsTo(owen.email(), title, 1);

        // The coordinator's client starts the trace, as a gateway or a browser's instrumentation would.
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);
        coordinator
                .to(suite.sessions)
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .header("If-Match", coordinator.etag(sessionId))
                .body(Map.of("reason", "Snow " + unique))
                .post("/sessions/" + sessionId + "/cancel")
                .then()
                .statusCode(200);
        coordinator.awaitCalendarMailsTo(nia.email(), title, 2);
        coordinator.awaitCalendarMailsTo(owen.email(), title, 2);

        // The spans end before the mail is read; they reach the receiver a fifth of a second later.
        List<ReceivedSpan> trace = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> suite.traces.trace(traceId),
                        spans -> spans.stream()
                                        .filter(named("notifications-service", "notice delivery send"))
                                        .count()
                                >= 2);
        Map<String, ReceivedSpan> byId =
                trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, s -> s, (a, b) -> a));

        ReceivedSpan cancelCall = only(
                trace,
                s -> s.service().equals("sessions-service")
                        && s.kind().equals("SPAN_KIND_SERVER")
                        && s.name().contains("cancel"));
        assertThat(cancelCall.parentSpanId()).as("the coordinator's call").isEqualTo(callerSpan);

        ReceivedSpan dispatch = only(trace, named("sessions-service", "notice-outbox send"));
        assertThat(ancestors(dispatch, byId)).as("the outbox dispatch").contains(cancelCall.spanId());

        ReceivedSpan receipt = only(
                trace,
                s -> s.service().equals("notifications-service")
                        && s.kind().equals("SPAN_KIND_SERVER")
                        && s.name().contains("notices"));
        assertThat(ancestors(receipt, byId))
                .as("notifications-service's receipt")
                .contains(dispatch.spanId());
        ReceivedSpan outboundCall = byId.get(receipt.parentSpanId());
        assertThat(outboundCall.service()).isEqualTo("sessions-service");
        assertThat(outboundCall.kind()).isEqualTo("SPAN_KIND_CLIENT");

        List<ReceivedSpan> deliveries = trace.stream()
                .filter(named("notifications-service", "notice delivery send"))
                .toList();
        assertThat(deliveries).as("one delivery span per person told").hasSize(2);
        for (ReceivedSpan delivery : deliveries) {
            assertThat(ancestors(delivery, byId))
                    .as("a notice's delivery")
                    .contains(receipt.spanId(), dispatch.spanId(), cancelCall.spanId(), callerSpan);
        }
        assertThat(trace).extracting(ReceivedSpan::service).contains("sessions-service", "notifications-service");
    }

    private static Predicate<ReceivedSpan> named(String service, String name) {
        return s -> s.service().equals(service) && s.name().equals(name);
    }

    private static ReceivedSpan only(List<ReceivedSpan> spans, Predicate<ReceivedSpan> which) {
        List<ReceivedSpan> found = spans.stream().filter(which).toList();
        assertThat(found).as("in %s", spans).hasSize(1);
        return found.get(0);
    }

    /** The span's parent ids up to the first one not received (the caller's own span, outside the suite). */
    private static List<String> ancestors(ReceivedSpan span, Map<String, ReceivedSpan> byId) {
        List<String> chain = new java.util.ArrayList<>();
        for (String parent = span.parentSpanId(); !parent.isEmpty() && chain.size() < 50; ) {
            chain.add(parent);
            ReceivedSpan next = byId.get(parent);
            parent = next == null ? "" : next.parentSpanId();
        }
        return chain;
    }
}
