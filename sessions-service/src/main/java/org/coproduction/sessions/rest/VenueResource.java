package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.CreateVenueRequest;
import org.coproduction.sessions.api.VenueResponse;
import org.coproduction.sessions.service.VenueService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/venues")
@Tag(name = "Venues", description = "Rooms and online spaces with the access features they offer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VenueResource {
    private final VenueService venues;

    public VenueResource(VenueService venues) {
        this.venues = venues;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Add a venue")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = VenueResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (unknown format or feature, missing name)")
    public Response create(CreateVenueRequest body, @Context UriInfo uri) {
        VenueResponse v = venues.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(v.id().toString()).build())
                .entity(v)
                .tag(EntityTags.of(v.version()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            summary = "Read a venue",
            description = "Participants may read venues too: where and how " + "accessible a place is is not personal.")
    @APIResponse(
            responseCode = "200",
            description = "The venue",
            content = @Content(schema = @Schema(implementation = VenueResponse.class)))
    @APIResponse(responseCode = "404", description = "No such venue")
    public Response get(@PathParam("id") UUID id) {
        VenueResponse v = venues.get(id);
        return Response.ok(v).tag(EntityTags.of(v.version())).build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "List venues", description = "Paged, by name.")
    @APIResponse(responseCode = "200", description = "One page of venues")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public Page<VenueResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PageRequest paging = params.page(page, size);
        params.check();
        return venues.list(paging);
    }
}
