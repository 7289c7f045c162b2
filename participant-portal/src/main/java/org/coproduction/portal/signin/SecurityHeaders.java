package org.coproduction.portal.signin;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every answer: pages load only the portal's own style sheet, forms post only to the portal, nothing frames
 * it, nothing is cached along the way (pages carry personal data), and no page's address is passed on to another site.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    void install(@Observes Router router) {
        router.route().order(-200).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Content-Security-Policy", POLICY);
                headers.set("X-Frame-Options", "DENY");
                if (!ctx.normalizedPath().equals("/portal.css")) {
                    headers.set("Cache-Control", "no-store");
                }
            });
            ctx.next();
        });
    }
}
