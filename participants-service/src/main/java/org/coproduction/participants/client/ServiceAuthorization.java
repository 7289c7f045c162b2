package org.coproduction.participants.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.coproduction.platform.client.ServiceTokens;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Always this service's own {@code service} token: erasures and exports are calls only the suite's services may
 * make (a coordinator's token, which the platform's {@code OutboundAuthorization} would pass on, is refused there).
 */
@ApplicationScoped
public class ServiceAuthorization implements ClientHeadersFactory {

    private final ServiceTokens serviceTokens;

    public ServiceAuthorization(ServiceTokens serviceTokens) {
        this.serviceTokens = serviceTokens;
    }

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + serviceTokens.current());
        return headers;
    }
}
