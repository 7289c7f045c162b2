package org.coproduction.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries, whoever wrote it (a resource, a problem mapper, the HTTP layer's own 404):
 * {@code X-Content-Type-Options: nosniff} on all; {@code Cache-Control: no-store} on every answer of the API (they may
 * carry personal data, so no cache along the way keeps one), not on {@code /q/*}; and on HTML a
 * {@code Content-Security-Policy} and {@code Referrer-Policy: no-referrer}. The API's own HTML (a rendered preview)
 * may load nothing but its inline styles and images; Swagger UI under {@code /q/} may run its own scripts.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String TOOLS_HTML_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self';"
            + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    void install(@Observes Router router) {
        router.route().order(-200).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> decorate(ctx));
            ctx.next();
        });
    }

    static void decorate(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        boolean tools = isTools(ctx.normalizedPath());
        if (!tools) {
            headers.set("Cache-Control", "no-store");
        }
        String type = headers.get("Content-Type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
            headers.set("Content-Security-Policy", tools ? TOOLS_HTML_POLICY : API_HTML_POLICY);
            headers.set("Referrer-Policy", "no-referrer");
        }
    }

    static boolean isTools(String path) {
        return path != null && (path.equals("/q") || path.startsWith("/q/"));
    }
}
