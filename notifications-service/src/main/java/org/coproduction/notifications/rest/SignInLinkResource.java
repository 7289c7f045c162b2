package org.coproduction.notifications.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.coproduction.notifications.signin.SignInLinkService;
import org.coproduction.platform.ratelimit.RateLimited;
import org.coproduction.platform.ratelimit.RateLimiter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A fresh link to a person's own pages, asked for by email address (the portal's "email me a new link" form). Public,
 * like the unsubscribe pages: the person has no valid link, which is why they ask. The answer never says whether the
 * address is known.
 */
@Path("/sign-in-links")
@Tag(name = SignInLinkResource.TAG, description = "A fresh link to a person's own pages, by email address")
@PermitAll
@SecurityRequirements
public class SignInLinkResource {

    static final String TAG = "Sign-in links";
    /** Counted per address (a hash of it): 3 an hour. */
    static final String PER_ADDRESS = "sign-in-link";
    /** Counted per client address: 20 an hour. */
    static final String PER_CLIENT = "sign-in-link-client";

    private final SignInLinkService links;
    private final RateLimiter limiter;

    public SignInLinkResource(SignInLinkService links, RateLimiter limiter) {
        this.links = links;
        this.limiter = limiter;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RateLimited(PER_ADDRESS)
    @Operation(
            operationId = "requestSignInLink",
            summary = "Email a person a fresh link to their pages",
            description = "No token: anyone may ask. If the address belongs to a registered participant who has not "
                    + "withdrawn (and was not erased), they get a short mail, in their language, with a new sign-in "
                    + "link to <portal>/?link=<token> (valid 14 days), sent to the address they are registered with. "
                    + "The answer is the same whatever the address, and the person is looked up after it is given. "
                    + "The mail is a SIGN_IN_LINK delivery of the log (retried like any other); the address itself is "
                    + "neither stored nor logged. At most 3 requests an hour per address (the `sign-in-link` limit) "
                    + "and 20 an hour per client address (`sign-in-link-client`).")
    @APIResponse(
            responseCode = "202",
            description = "Accepted: the same answer whether or not the address is known",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SignInLinkAccepted.class)))
    @APIResponse(
            responseCode = "400",
            description = "The address is missing, not an email address, or longer than 320 characters; the "
                    + "problem names the field")
    public Response request(@Valid @NotNull SignInLinkRequest body, @Context HttpServerRequest request) {
        limiter.acquire(PER_CLIENT, "client:" + client(request));
        limiter.acquire(PER_ADDRESS, "address:" + sha256(body.email().strip().toLowerCase(Locale.ROOT)));
        links.request(body.email());
        return Response.accepted(SignInLinkAccepted.ALWAYS).build();
    }

    /** The client's address as this service sees it (behind a proxy, as the proxy settings resolve it). */
    private static String client(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }

    /** The limiter holds a hash, never the address. */
    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
