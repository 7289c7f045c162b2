package org.coproduction.participants.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.participants.api.SessionsExport;
import org.coproduction.platform.json.ClientJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** sessions-service's erasure and export, with this service's own token. Only {@link SessionsClient} uses this. */
@RegisterRestClient(configKey = "sessions")
@RegisterClientHeaders(ServiceAuthorization.class)
@RegisterProvider(ClientJson.class)
interface SessionsRestClient {

    @POST
    @Path("/erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    Response erase(ErasureRequest request);

    @GET
    @Path("/exports/{participantId}")
    @Produces(MediaType.APPLICATION_JSON)
    SessionsExport export(@PathParam("participantId") UUID participantId);
}
