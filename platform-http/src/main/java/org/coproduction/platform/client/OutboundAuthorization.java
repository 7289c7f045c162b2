package org.coproduction.platform.client;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Puts a bearer token on every call to another service of the suite: the coordinator's own token while a
 * coordinator's request is being served (the other service sees who acted), otherwise this service's own
 * {@code service} token. Register on each REST client with {@code @RegisterClientHeaders(OutboundAuthorization.class)}.
 */
@ApplicationScoped
public class OutboundAuthorization implements ClientHeadersFactory {

    private final ServiceTokens serviceTokens;

    public OutboundAuthorization(ServiceTokens serviceTokens) {
        this.serviceTokens = serviceTokens;
    }

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        String coordinator = coordinatorToken();
        headers.putSingle(
                HttpHeaders.AUTHORIZATION, "Bearer " + (coordinator != null ? coordinator : serviceTokens.current()));
        return headers;
    }

    private static String coordinatorToken() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        try (InstanceHandle<JsonWebToken> handle = Arc.container().instance(JsonWebToken.class)) {
            JsonWebToken jwt = handle.get();
            return jwt != null && jwt.getRawToken() != null && jwt.getGroups().contains(Roles.COORDINATOR)
                    ? jwt.getRawToken()
                    : null;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
