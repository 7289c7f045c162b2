package org.coproduction.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.problem.TraceIds;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than the one limit ({@code quarkus.http.limits.max-body-size}, 256K unless a
 * service says otherwise) with a 413 problem before a byte of it is read. A chunked body without Content-Length
 * still meets the HTTP layer's own limit, which answers 413 without a body.
 */
@ApplicationScoped
public class BodySizeGuard {

    void install(
            @Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "256K") MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(-100).handler(ctx -> {
            long declared = declaredLength(ctx.request().getHeader("Content-Length"));
            if (declared > max) {
                ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
                JsonObject problem = new JsonObject()
                        .put("type", type.uri())
                        .put("title", type.title())
                        .put("status", type.status())
                        .put("detail", "The body is " + declared + " bytes; at most " + max + " bytes are accepted.")
                        .put("instance", ctx.request().path());
                String traceId = TraceIds.current();
                if (traceId != null) {
                    problem.put("traceId", traceId);
                }
                ctx.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(problem.encode());
                return;
            }
            ctx.next();
        });
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // A malformed length is left to the HTTP layer to refuse.
            return -1;
        }
    }
}
