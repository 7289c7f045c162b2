package org.coproduction.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.coproduction.platform.client.OutboundAuthorization;
import org.coproduction.platform.json.ClientJson;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The test application seen as another service: the way every service's clients are registered. */
@RegisterRestClient(configKey = "self")
@RegisterClientHeaders(OutboundAuthorization.class)
@RegisterProvider(ClientJson.class)
@Path("/contract")
public interface SelfRestClient {

    @GET
    @Path("/whoami")
    Map<String, Object> whoami();

    @GET
    @Path("/newer-answer")
    ContractTestResource.Part newerAnswer();
}
