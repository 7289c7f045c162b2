package org.coproduction.notifications.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.coproduction.notifications.digest.unsubscribe.UnsubscribeService;
import org.coproduction.platform.ratelimit.RateLimited;
import org.coproduction.platform.ratelimit.RateLimiter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one-click unsubscribe of RFC 8058, at the address every digest's {@code List-Unsubscribe} header gives. The
 * signed token in the address authenticates (no bearer token). Opening the address (GET, as mail scanners do) only
 * shows a page with a button; the POST a mail program or that button sends stops the person's digests. Answers are
 * small plain pages in English and Welsh, never JSON: people, not programs, read them.
 */
@Path("/unsubscribe")
@Tag(
        name = UnsubscribeResource.TAG,
        description = "One-click unsubscribe from digests (RFC 8058), by a digest's own signed link")
@PermitAll
@SecurityRequirements
public class UnsubscribeResource {

    static final String TAG = "Unsubscribe";
    static final String LIMIT = "unsubscribe";
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final UnsubscribeService unsubscribes;
    private final RateLimiter limiter;
    private final Template page;

    public UnsubscribeResource(
            UnsubscribeService unsubscribes, RateLimiter limiter, @Location("unsubscribe.html") Template page) {
        this.unsubscribes = unsubscribes;
        this.limiter = limiter;
        this.page = page;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.TEXT_HTML)
    @RateLimited(LIMIT)
    @Operation(
            operationId = "showUnsubscribe",
            summary = "Show the page that stops a person's digests",
            description = "Opened from a digest's List-Unsubscribe address. Changes nothing (mail scanners open "
                    + "links): it shows a button that POSTs to the same address. Counted per link against the "
                    + "`unsubscribe` rate limit.")
    @APIResponse(
            responseCode = "200",
            description = "A plain page, in English and Welsh, with the button",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "The link is altered, expired or not an unsubscribe link: a plain page saying so",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response show(
            @Parameter(description = "The signed unsubscribe token from the digest") @PathParam("token") String token) {
        count(token);
        if (!unsubscribes.valid(token)) {
            return refused();
        }
        return html(
                Response.Status.OK,
                page.data("state", "CONFIRM").data("action", token).render());
    }

    @POST
    @Path("/{token}")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    @Produces(MediaType.TEXT_HTML)
    @RateLimited(LIMIT)
    @RequestBody(
            required = false,
            description = "As RFC 8058 has mail programs send it: `List-Unsubscribe=One-Click`; may be empty. It is "
                    + "not read: the signed address alone decides.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                            schema = @Schema(type = SchemaType.STRING, example = "List-Unsubscribe=One-Click")))
    @Operation(
            operationId = "unsubscribe",
            summary = "Stop a person's digests (one click)",
            description = "The person named by the signed token gets no more digests from now on (notices about "
                    + "their own sessions still reach them). participants-service does not let this service change "
                    + "their digest frequency, so the unsubscribe is kept here, shown in their export and deleted at "
                    + "their erasure. Doing it again changes nothing. Counted per link against the `unsubscribe` "
                    + "rate limit.")
    @APIResponse(
            responseCode = "200",
            description = "Done: a plain page, in English and Welsh, saying so",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "400",
            description = "The link is altered, expired or not an unsubscribe link: a plain page saying so; nothing "
                    + "changes",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response unsubscribe(
            @Parameter(description = "The signed unsubscribe token from the digest") @PathParam("token") String token) {
        count(token);
        if (!unsubscribes.unsubscribe(token)) {
            return refused();
        }
        return html(
                Response.Status.OK,
                page.data("state", "DONE").data("action", "").render());
    }

    /** No token subject here: each link is counted on its own (a hash of it, so the limiter holds no link). */
    private void count(String token) {
        limiter.acquire(LIMIT, "link:" + sha256(token));
    }

    private Response refused() {
        return html(
                Response.Status.BAD_REQUEST,
                page.data("state", "REFUSED").data("action", "").render());
    }

    private static Response html(Response.Status status, String body) {
        return Response.status(status).type(HTML).entity(body).build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
