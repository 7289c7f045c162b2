package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduction.platform.ratelimit.RateLimited;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.AgendaRequest;
import org.coproduction.sessions.api.AgendaResponse;
import org.coproduction.sessions.service.AgendaService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/agendas")
@Tag(
        name = "Agendas",
        description = "Gathers what each person's digest needs (upcoming sessions, summaries, open actions, project "
                + "updates and contributions) for many people in one call.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgendaResource {
    private final AgendaService agendas;

    public AgendaResource(AgendaService agendas) {
        this.agendas = agendas;
    }

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.COORDINATOR, Roles.PARTICIPANT})
    @RateLimited("agendas")
    @Operation(
            operationId = "gatherAgendas",
            summary = "Gather agendas",
            description = "Per participant: upcoming sessions they are invited to "
                    + "(with arrangements), summaries recorded since `since` of sessions they were invited to, open actions "
                    + "they own, updates since `since` of their projects, and their contributions since `since`. An id "
                    + "unknown here still gets an item with empty lists. A participant may ask only for themselves.")
    @APIResponse(
            responseCode = "200",
            description = "One item per distinct id, in the order asked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgendaResponse.class)))
    @APIResponse(responseCode = "400", description = "No ids, more than 1000 ids, or no since")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not do this, or a participant asked for anyone but themselves")
    public AgendaResponse agendas(AgendaRequest body) {
        return agendas.agendas(body);
    }
}
