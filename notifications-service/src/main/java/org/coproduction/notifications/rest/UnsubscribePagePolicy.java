package org.coproduction.notifications.rest;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The platform's Content-Security-Policy for the API's HTML forbids every form ({@code form-action 'none'}); the
 * unsubscribe page's one button must be able to POST to its own address, so on {@code /unsubscribe/*} only that one
 * directive becomes {@code form-action 'self'}. Everything else of the platform's policy stays. Installed before
 * the platform's handler (an earlier order): headers-end hooks run last-added first, so this one runs after the
 * platform has set the policy.
 */
@ApplicationScoped
public class UnsubscribePagePolicy {

    static final String PLATFORM_FORMS = "form-action 'none'";
    static final String OWN_FORMS = "form-action 'self'";

    void install(@Observes Router router) {
        router.route("/unsubscribe/*").order(-300).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> allowOwnForm(ctx));
            ctx.next();
        });
    }

    static void allowOwnForm(RoutingContext ctx) {
        String policy = ctx.response().headers().get("Content-Security-Policy");
        if (policy != null) {
            ctx.response().headers().set("Content-Security-Policy", policy.replace(PLATFORM_FORMS, OWN_FORMS));
        }
    }
}
