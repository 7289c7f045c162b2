package org.coproduction.participants.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.participants.api.NotificationsExport;
import org.coproduction.platform.json.ClientJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * notifications-service's erasure, export, email confirmation and pairing notices, with this service's own token. Only
 * {@link NotificationsClient} uses this.
 */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(ServiceAuthorization.class)
@RegisterProvider(ClientJson.class)
interface NotificationsRestClient {

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    Response erase(ErasureRequest request);

    @GET
    @Path("/exports/{participantId}")
    @Produces(MediaType.APPLICATION_JSON)
    NotificationsExport export(@PathParam("participantId") UUID participantId);

    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    Response notice(@HeaderParam("Idempotency-Key") String idempotencyKey, MentorPairedNotice notice);

    @POST
    @Path("/email-confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    Response confirmEmail(EmailConfirmationNotice notice);
}
