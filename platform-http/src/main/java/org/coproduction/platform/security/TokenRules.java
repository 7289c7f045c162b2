package org.coproduction.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The suite's rules for a bearer token, checked in every service once its signature, issuer and expiry are verified,
 * before anything is served: {@code groups} is a JSON array (a plain string is not read as a role), the token carries
 * the deployment's audience, it was issued for no longer than the longest a token may live ({@code exp - iat} at most
 * {@link TokenRulesConfig#maxAge()}, or {@link TokenRulesConfig#serviceMaxAge()} for a {@code service} token), and its
 * subject is not an erased participant ({@link ErasedSubjects}, the service's own tombstones). A token that breaks any
 * rule is refused as unauthenticated: a 401 problem that does not say which rule, as for any other bad token.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(TokenRules.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenRulesConfig config;
    private final Instance<ErasedSubjects> erased;

    public TokenRules(TokenRulesConfig config, Instance<ErasedSubjects> erased) {
        this.config = config;
        this.erased = erased;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String broken = brokenRule(jwt);
        if (broken != null) {
            LOG.debugf("Token refused: %s", broken);
            return Uni.createFrom().failure(new AuthenticationFailedException("The token breaks the suite's rules"));
        }
        Optional<UUID> participant = Subjects.participantId(jwt);
        if (participant.isEmpty() || !erased.isResolvable()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (isErased(participant.get())) {
                LOG.debug("Token refused: its subject was erased");
                throw new AuthenticationFailedException("The token's subject was erased");
            }
            return identity;
        });
    }

    /** Asks the service's tombstones, in a request context of its own where none is active (a worker thread). */
    private boolean isErased(UUID participantId) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (requestContext.isActive()) {
            return erased.get().isErased(participantId);
        }
        requestContext.activate();
        try {
            return erased.get().isErased(participantId);
        } finally {
            requestContext.terminate();
        }
    }

    /** Which rule the token breaks, in words for the debug log (never its content), or {@code null}. */
    String brokenRule(JsonWebToken jwt) {
        JsonNode claims = claimsOf(jwt.getRawToken());
        if (claims == null) {
            return "its claims cannot be read";
        }
        JsonNode groups = claims.get("groups");
        if (groups != null && !groups.isArray()) {
            return "groups is not an array";
        }
        if (groups != null) {
            for (JsonNode group : groups) {
                if (!group.isTextual()) {
                    return "groups holds something other than names";
                }
            }
        }
        Set<String> audience = jwt.getAudience();
        if (audience == null || !audience.contains(config.audience())) {
            return "it is not for this deployment's audience";
        }
        JsonNode iat = claims.get("iat");
        JsonNode exp = claims.get("exp");
        if (iat == null || exp == null || !iat.isNumber() || !exp.isNumber()) {
            return "it has no issue or expiry time";
        }
        long issuedAt = iat.asLong();
        long expires = exp.asLong();
        if (issuedAt <= 0 || expires <= 0) {
            return "it has no issue or expiry time";
        }
        Duration longest = jwt.getGroups() != null && jwt.getGroups().contains(Roles.SERVICE)
                ? config.serviceMaxAge()
                : config.maxAge();
        if (expires - issuedAt > longest.toSeconds()) {
            return "it lives longer than " + longest;
        }
        return null;
    }

    /** The token's payload as sent, before any library read a string {@code groups} as a list of one. */
    static JsonNode claimsOf(String rawToken) {
        if (rawToken == null) {
            return null;
        }
        String[] parts = rawToken.split("\\.", -1);
        if (parts.length < 2) {
            return null;
        }
        try {
            JsonNode claims =
                    JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8));
            return claims != null && claims.isObject() ? claims : null;
        } catch (IllegalArgumentException | java.io.IOException unreadable) {
            return null;
        }
    }
}
