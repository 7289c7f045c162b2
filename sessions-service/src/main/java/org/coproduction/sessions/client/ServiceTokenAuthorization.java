package org.coproduction.sessions.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.coproduction.platform.client.ServiceTokens;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Always this service's own {@code service} token, even while a coordinator's request is served: for reads this
 * service makes on its own account (everyone who offered to mentor), which participants-service should not record
 * as the coordinator reading each of those people.
 */
@ApplicationScoped
public class ServiceTokenAuthorization implements ClientHeadersFactory {
    private final ServiceTokens serviceTokens;

    public ServiceTokenAuthorization(ServiceTokens serviceTokens) {
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
