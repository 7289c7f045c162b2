package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coproduction.platform.ratelimit.RateLimited;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.SlotSearchRequest;
import org.coproduction.sessions.api.SlotSearchResponse;
import org.coproduction.sessions.service.SlotSearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/slot-search")
@Tag(
        name = "Slot search",
        description = "Finds the times that suit the most people, and says why the others cannot come.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlotSearchResource {
    private final SlotSearchService search;

    public SlotSearchResource(SlotSearchService search) {
        this.search = search;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @RateLimited("slot-search")
    @Operation(
            operationId = "searchSlots",
            summary = "Find slots",
            description = "A person is free when the slot lies inside one of their "
                    + "weekly windows (in their own zone, so across daylight-saving changes), outside every absence, after "
                    + "their notice period, within their monthly limit and clear of their scheduled sessions. Each slot "
                    + "names who cannot come and why: OUTSIDE_AVAILABILITY, ABSENT, NOTICE_TOO_SHORT, MONTHLY_LIMIT, "
                    + "DOUBLE_BOOKED. Everyone is fetched from participants-service in one batched call.")
    @APIResponse(
            responseCode = "200",
            description = "Best slots first (may be empty: see people for why)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SlotSearchResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Bad input: to not after from, duration out of range, too many ids, range too long")
    @APIResponse(responseCode = "404", description = "A participant id is unknown to participants-service")
    @APIResponse(responseCode = "503", description = "participants-service is down")
    public SlotSearchResponse search(SlotSearchRequest body) {
        return search.search(body);
    }
}
