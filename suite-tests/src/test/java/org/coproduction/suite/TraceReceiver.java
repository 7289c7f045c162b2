package org.coproduction.suite;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

/**
 * A small OTLP/HTTP receiver (protobuf) inside the test JVM that the real jars export their spans to: an in-memory
 * exporter only sees its own JVM, and the point is one trace across three processes.
 */
final class TraceReceiver {

    /** One received span: ids as lowercase hex, parent empty for a root span. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind) {}

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();

    TraceReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::receive);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every span received so far with this trace id. */
    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())
                    || !exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
                String service = serviceName(resourceSpans.getResource());
                for (ScopeSpans scope : resourceSpans.getScopeSpansList()) {
                    scope.getSpansList()
                            .forEach(span -> spans.add(new ReceivedSpan(
                                    service,
                                    hex(span.getTraceId()),
                                    hex(span.getSpanId()),
                                    hex(span.getParentSpanId()),
                                    span.getName(),
                                    span.getKind().name())));
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static String serviceName(Resource resource) {
        return resource.getAttributesList().stream()
                .filter(a -> a.getKey().equals("service.name"))
                .map(KeyValue::getValue)
                .map(v -> v.getStringValue())
                .findFirst()
                .orElse("");
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }
}
