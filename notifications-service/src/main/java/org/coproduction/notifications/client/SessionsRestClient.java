package org.coproduction.notifications.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.client.OutboundAuthorization;
import org.coproduction.platform.json.ClientJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** sessions-service as CONTRACTS.md describes it. Only {@link SessionsClient} uses this. */
@RegisterRestClient(configKey = "sessions")
@RegisterClientHeaders(OutboundAuthorization.class)
@RegisterProvider(ClientJson.class)
interface SessionsRestClient {

    @POST
    @Path("/agendas")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    AgendaResult agendas(AgendaRequest request);

    /** Sessions starting in [from, to), soonest first, paged (issue 13: the reminder job). */
    @GET
    @Path("/sessions")
    @Produces(MediaType.APPLICATION_JSON)
    SessionPage sessions(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/sessions/{id}/calendar.ics")
    @Produces("text/calendar")
    String calendar(@PathParam("id") UUID sessionId);
}
