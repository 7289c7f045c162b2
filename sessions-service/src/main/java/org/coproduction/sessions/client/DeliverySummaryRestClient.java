package org.coproduction.sessions.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduction.platform.client.OutboundAuthorization;
import org.coproduction.platform.json.ClientJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notifications-service's delivery summary (base URL: quarkus.rest-client.notifications.url). */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(OutboundAuthorization.class)
// Other services' answers are read tolerantly: a field they add later must not break us.
@RegisterProvider(ClientJson.class)
@Path("/deliveries/summary")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface DeliverySummaryRestClient {
    @POST
    DeliverySummary summary(DeliverySummaryRequest request);
}
