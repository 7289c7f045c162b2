package org.coproduction.sessions.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notifications-service, as this service uses it. Base URL: quarkus.rest-client.notifications.url. */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(OutboundAuthorization.class)
@Path("/notices")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationsRestClient {
    /** The same key twice sends nothing twice: the outbox row id is used as the key. */
    @POST
    NoticeAccepted send(@HeaderParam("Idempotency-Key") String idempotencyKey, Notice notice);
}
