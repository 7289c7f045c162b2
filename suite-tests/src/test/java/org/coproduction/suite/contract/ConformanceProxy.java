package org.coproduction.suite.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A validating proxy in front of one real service: it passes every request on unchanged, passes the answer back
 * unchanged, and checks both against the service's OpenAPI document on the way. Clients generated from the document
 * point at it, so every call the story makes is also a check that the document tells the truth.
 */
public final class ConformanceProxy implements AutoCloseable {

    /** Set by the client or the JDK for each hop; never forwarded. */
    private static final Set<String> HOP_HEADERS =
            Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade", "keep-alive", "expect");

    private final OpenApiDocument document;
    private final String target;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final List<String> differences = Collections.synchronizedList(new ArrayList<>());
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

    public ConformanceProxy(OpenApiDocument document, String target) throws IOException {
        this.document = document;
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::relay);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where what was seen differed from the document, one line each. */
    public List<String> differences() {
        synchronized (differences) {
            return List.copyOf(differences);
        }
    }

    /** The operations the calls so far were instances of, with how many answers of each status. */
    public java.util.SortedMap<String, java.util.SortedMap<Integer, Integer>> coverage() {
        java.util.SortedMap<String, java.util.SortedMap<Integer, Integer>> coverage = new java.util.TreeMap<>();
        for (Exchange exchange : exchanges()) {
            coverage.computeIfAbsent(
                            document.operationId(exchange).orElse(exchange.method() + " " + exchange.path()),
                            k -> new java.util.TreeMap<>())
                    .merge(exchange.status(), 1, Integer::sum);
        }
        return coverage;
    }

    public List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    private void relay(HttpExchange call) throws IOException {
        try (call) {
            byte[] requestBody = call.getRequestBody().readAllBytes();
            URI uri = call.getRequestURI();
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(
                            target + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            call.getRequestMethod(),
                            requestBody.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(requestBody));
            Map<String, String> requestHeaders = new LinkedHashMap<>();
            call.getRequestHeaders().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                requestHeaders.put(lower, String.join(", ", values));
                if (!HOP_HEADERS.contains(lower)) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                // The service is down: answer as a gateway would, and say nothing about the document.
                call.sendResponseHeaders(502, -1);
                return;
            }
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            answer.headers().map().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                responseHeaders.put(lower, String.join(", ", values));
                if (!HOP_HEADERS.contains(lower) && !lower.startsWith(":")) {
                    values.forEach(v -> call.getResponseHeaders().add(name, v));
                }
            });
            Exchange exchange = new Exchange(
                    call.getRequestMethod(),
                    uri.getPath(),
                    queryNames(uri.getRawQuery()),
                    requestHeaders,
                    new String(requestBody, StandardCharsets.UTF_8),
                    answer.statusCode(),
                    responseHeaders,
                    new String(answer.body(), StandardCharsets.UTF_8));
            exchanges.add(exchange);
            differences.addAll(document.differences(exchange));
            byte[] body = answer.body();
            boolean noBody = body.length == 0 || "HEAD".equals(call.getRequestMethod());
            call.sendResponseHeaders(answer.statusCode(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = call.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static List<String> queryNames(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            names.add(java.net.URLDecoder.decode(name, StandardCharsets.UTF_8));
        }
        return names;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
