package org.coproduction.notifications.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduction.platform.client.OutboundAuthorization;
import org.coproduction.platform.json.ClientJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** participants-service as CONTRACTS.md describes it. Only {@link ParticipantsClient} uses this. */
@RegisterRestClient(configKey = "participants")
@RegisterClientHeaders(OutboundAuthorization.class)
@RegisterProvider(ClientJson.class)
@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ParticipantsRestClient {

    @GET
    ParticipantPage list(
            @QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    /** GET /participants?email=: the one person registered with that address (exact, ignoring case), if any. */
    @GET
    ParticipantPage byEmail(@QueryParam("email") String email, @QueryParam("size") int size);

    @POST
    @Path("/lookup")
    LookupResult lookup(LookupRequest request);
}
