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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/venues")
@Tag(name = "Venues", description = "Rooms and online spaces, with the access features each one offers.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VenueResource {
    private final VenueService venues;

    public VenueResource(VenueService venues) {
        this.venues = venues;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "createVenue", summary = "Add a venue")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(
                        name = ApiText.LOCATION,
                        description = ApiText.LOCATION_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = ApiText.ETAG,
                        description = ApiText.ETAG_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VenueResponse.class)))
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
            operationId = "getVenue",
            summary = "Read a venue",
            description = "Participants may read venues too: where and how " + "accessible a place is is not personal.")
    @APIResponse(
            responseCode = "200",
            description = "The venue",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VenueResponse.class)))
    @APIResponse(responseCode = "404", description = "No such venue")
    public Response get(@Parameter(description = "The venue's id") @PathParam("id") UUID id) {
        VenueResponse v = venues.get(id);
        return Response.ok(v).tag(EntityTags.of(v.version())).build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listVenues", summary = "List venues", description = "Paged, by name.")
    @APIResponse(responseCode = "200", description = "One page of venues")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public Page<VenueResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PageRequest paging = params.page(page, size);
        params.check();
        return venues.list(paging);
    }
}
