package org.coproduction.sessions.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.json.ClientJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * participants-service's {@code GET /participants}, always with this service's own token (the same base URL as
 * {@link ParticipantsRestClient}: quarkus.rest-client.participants.url).
 */
@RegisterRestClient(configKey = "participants")
@RegisterClientHeaders(ServiceTokenAuthorization.class)
// Other services' answers are read tolerantly: a field they add later must not break us.
@RegisterProvider(ClientJson.class)
@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
interface ParticipantListRestClient {
    /** A page of participants; a null filter is left out of the query. */
    @GET
    ParticipantPage list(
            @QueryParam("offersMentoring") Boolean offersMentoring,
            @QueryParam("status") String status,
            @QueryParam("mentorId") UUID mentorId,
            @QueryParam("page") int page,
            @QueryParam("size") int size);
}
