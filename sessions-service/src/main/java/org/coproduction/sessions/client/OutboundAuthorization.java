package org.coproduction.sessions.client;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Puts a bearer token on every call to another service: the coordinator's own token when a coordinator's
 * request is being served (the other service sees who acted), otherwise a self-signed {@code service} token.
 */
@ApplicationScoped
public class OutboundAuthorization implements ClientHeadersFactory {
    private final ServiceTokens serviceTokens;

    public OutboundAuthorization(ServiceTokens serviceTokens) {
        this.serviceTokens = serviceTokens;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        String caller = coordinatorToken();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + (caller != null ? caller : serviceTokens.current()));
        return headers;
    }

    private static String coordinatorToken() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try {
            JsonWebToken jwt = Arc.container().instance(JsonWebToken.class).get();
            return jwt != null && jwt.getRawToken() != null && jwt.getGroups().contains("coordinator")
                    ? jwt.getRawToken() : null;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
