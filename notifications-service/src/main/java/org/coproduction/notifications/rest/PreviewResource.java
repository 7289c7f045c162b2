package org.coproduction.notifications.rest;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.notifications.digest.preview.PreviewService;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/digests/preview")
@Tag(name = DigestRunResource.TAG, description = DigestRunResource.TAG_DESCRIPTION)
public class PreviewResource {

    private final PreviewService previews;
    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public PreviewResource(PreviewService previews, SecurityIdentity identity, JsonWebToken jwt) {
        this.previews = previews;
        this.identity = identity;
        this.jwt = jwt;
    }

    @GET
    @Path("/{participantId}")
    @Produces({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "previewDigest",
            summary = "The digest as it would be sent now",
            description = "Rendered as HTML (the default) or plain text, in the person's language; nothing is sent "
                    + "or recorded. A participant may preview only their own.")
    @APIResponse(
            responseCode = "200",
            description = "The rendered digest, as HTML or plain text as asked by format",
            content = {
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, description = "An HTML document")),
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING, description = "The plain-text digest"))
            })
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or format is neither html nor text")
    @APIResponse(
            responseCode = "403",
            description = "A participant asking for someone else's digest, or a role that may not preview")
    @APIResponse(responseCode = "404", description = "No such participant")
    @APIResponse(
            responseCode = "503",
            description = "participants-service or sessions-service is unavailable; try again later")
    public Response preview(
            @Parameter(description = "Whose digest", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("participantId")
                    String participantId,
            @Parameter(
                            description = "html (the default) or text",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"html", "text"},
                                            defaultValue = "html"))
                    @QueryParam("format")
                    String format) {
        boolean coordinator = identity.hasRole(Roles.COORDINATOR);
        // Checked before anything is looked up, so a participant learns nothing about other ids.
        if (!coordinator && !participantId.equals(jwt.getSubject())) {
            throw new ForbiddenException();
        }
        QueryParams params = new QueryParams();
        UUID id = params.uuid("participantId", participantId);
        boolean html = format == null || format.isBlank() || "html".equalsIgnoreCase(format.trim());
        if (!html && !"text".equalsIgnoreCase(format.trim())) {
            params.invalid("format", "must be html or text");
        }
        params.check();
        String body = previews.preview(id, html);
        return Response.ok(
                        body, html ? MediaType.TEXT_HTML + ";charset=UTF-8" : MediaType.TEXT_PLAIN + ";charset=UTF-8")
                .build();
    }
}
