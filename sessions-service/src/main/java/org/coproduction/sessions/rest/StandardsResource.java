package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.StandardsResponse;
import org.coproduction.sessions.service.StandardsService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects/{id}/standards")
@Tag(
        name = "Standards",
        description = "A project's evidence against the National Standards for Community Engagement, computed from "
                + "what the suite holds, as JSON or a printable page.")
public class StandardsResource {
    static final String HTML_UTF8 = "text/html; charset=UTF-8";
    /** The longest period asked for at once. */
    static final int MAX_YEARS = 5;

    private final StandardsService standards;

    public StandardsResource(StandardsService standards) {
        this.standards = standards;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "getProjectStandards",
            summary = "Evidence against the National Standards",
            description = "For each of the seven National Standards for Community Engagement (Inclusion, Support, "
                    + "Planning, Working together, Methods, Communication, Impact), always all seven in that order, "
                    + "indicators computed from what the suite holds over the period (sessions starting in it; "
                    + "cancelled ones left out): each a figure (the share that went well), its counts and a plain "
                    + "sentence; and what to do about the weakest. A figure with nothing to count is null with a "
                    + "sentence saying so. participants-service or notifications-service being down leaves the "
                    + "figures that need it null with \"Not available: ... could not be reached.\", never a 503. "
                    + "With Accept: text/html, a printable page for a funder or a board.")
    @APIResponse(
            responseCode = "200",
            description = "The evidence",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = StandardsResponse.class)),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, description = "A printable page"))
            })
    @APIResponse(
            responseCode = "400",
            description = "from or to not a date, to not after from, or a period longer than 5 years")
    @APIResponse(responseCode = "404", description = "No such project")
    public Response evidence(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(
                            description = "First day (UTC); default: a year before to",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2026-01-01")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Last day (UTC), included; default: today",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2026-12-31")
                    @QueryParam("to")
                    String to,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        params.check();
        if (last == null) {
            last = LocalDate.now(ZoneOffset.UTC);
        }
        if (first == null) {
            first = last.minusYears(1).plusDays(1);
        }
        if (!first.isBefore(last)) {
            params.invalid("to", "must be after from");
        } else if (last.plusDays(1).isAfter(first.plusYears(MAX_YEARS))) {
            // The period runs to the end of its last day: at most 5 years in all.
            params.invalid("to", "must leave a period of at most " + MAX_YEARS + " years from from");
        }
        params.check();
        StandardsResponse evidence = standards.evidence(id, first, last);
        if (wantsHtml(headers)) {
            return Response.ok(StandardsPage.html(evidence), HTML_UTF8).build();
        }
        return Response.ok(evidence, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** HTML only when the caller prefers it to JSON: a browser's Accept, or text/html alone. */
    static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
