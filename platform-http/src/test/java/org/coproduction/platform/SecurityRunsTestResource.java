package org.coproduction.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.coproduction.platform.ratelimit.RateLimited;
import org.coproduction.platform.security.Roles;

/** Every operation of this class is limited under one name (the annotation on the class). */
@Path("/security/runs")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited("contract-runs")
@RolesAllowed(Roles.COORDINATOR)
public class SecurityRunsTestResource {

    @POST
    public Map<String, Object> start() {
        return Map.of("started", true);
    }
}
