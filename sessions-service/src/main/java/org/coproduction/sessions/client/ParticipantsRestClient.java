package org.coproduction.sessions.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.client.OutboundAuthorization;
import org.coproduction.platform.json.ClientJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** participants-service, as this service uses it. Base URL: quarkus.rest-client.participants.url. */
@RegisterRestClient(configKey = "participants")
@RegisterClientHeaders(OutboundAuthorization.class)
// Other services' answers are read tolerantly: a field they add later must not break us.
@RegisterProvider(ClientJson.class)
@Path("/participants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ParticipantsRestClient {
    @POST
    @Path("/lookup")
    LookupResponse lookup(LookupRequest request);

    @POST
    @Path("/{id}/benefits-check")
    BenefitsCheckResponse benefitsCheck(@PathParam("id") UUID id, BenefitsCheckRequest request);
}
