package org.coproduction.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.coproduction.platform.ratelimit.RateLimited;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.security.Subjects;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Endpoints for the platform's security tests: a rate-limited search, an HTML page, who the token speaks for. */
@Path("/security")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityTestResource {

    @Inject
    JsonWebToken jwt;

    @GET
    @Path("/me")
    @RolesAllowed({Roles.PARTICIPANT, Roles.COORDINATOR, Roles.SERVICE})
    public Map<String, Object> me() {
        return Map.of("subject", Subjects.canonical(jwt.getSubject()));
    }

    @GET
    @Path("/search")
    @RateLimited("contract-search")
    @RolesAllowed({Roles.PARTICIPANT, Roles.COORDINATOR, Roles.SERVICE})
    public Map<String, Object> search() {
        return Map.of("found", 0);
    }

    @GET
    @Path("/page")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return "<!doctype html><title>Preview</title><p style=\"color:red\">Hello</p>";
    }
}
