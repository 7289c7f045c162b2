package org.coproduction.participants.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a problem+json 413 before it is read.
 * (A chunked body without Content-Length still meets the HTTP layer's own limit, which answers 413 without a body.)
 */
@ApplicationScoped
public class BodySizeGuard {

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "256K") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(-100).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            long length = -1;
            try {
                length = declared == null ? -1 : Long.parseLong(declared.trim());
            } catch (NumberFormatException ignored) {
                // A malformed length is left to the HTTP layer to refuse.
            }
            if (length > max) {
                JsonObject problem = new JsonObject()
                        .put("type", "urn:coproduction:problem:payload-too-large")
                        .put("title", "Request body too large")
                        .put("status", 413)
                        .put("detail", "The body is " + length + " bytes; at most " + max + " bytes are accepted.")
                        .put("instance", ctx.request().path());
                ctx.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close").end(problem.encode());
                return;
            }
            ctx.next();
        });
    }
}
