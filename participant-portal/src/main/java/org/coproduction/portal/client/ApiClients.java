package org.coproduction.portal.client;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the three gateways share: one HTTP client, the ETag header, and text answers the generated clients cannot read. */
final class ApiClients {

    private ApiClients() {}

    static HttpClient.Builder httpClient(Duration timeout) {
        return HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER);
    }

    /**
     * Adds the current trace's {@code traceparent} to a call (java.net.http is not instrumented), so the service's
     * span continues the page's request: one trace from the person's click to what it changed.
     */
    static void traced(HttpRequest.Builder request) {
        W3CTraceContextPropagator.getInstance()
                .inject(Context.current(), request, (r, name, value) -> r.header(name, value));
    }

    static Map<String, String> auth(String bearer) {
        return Map.of("Authorization", bearer);
    }

    static String etag(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    /**
     * A GET whose answer is text (an .ics file, a rendered digest): the generated "native" clients parse every
     * answer as JSON, so these go straight through java.net.http to the same documented path.
     */
    static String getText(HttpClient http, String service, URI uri, String bearer, String accept, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", bearer)
                .header("Accept", accept)
                .GET();
        traced(request);
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response =
                    http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw UnavailableException.orFailure(service, response.statusCode(), response.body(), null);
            }
            return response.body();
        } catch (IOException e) {
            throw new UnavailableException(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(service, e);
        }
    }

    /** An ApiException of any generated client (each has its own class) as the portal's own exception. */
    static ServiceCallException failure(String service, int status, String body, Exception cause) {
        return new ServiceCallException(ServiceCallException.kindOf(status), service, body, cause);
    }
}
