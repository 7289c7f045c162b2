package org.coproduction.platform.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.security.Subjects;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link RateLimited} before the operation runs: counts the request against the token subject's limit of
 * that name, answering 429 with {@code Retry-After} when it is spent. The suite's own {@code service} tokens are
 * exempt (a digest run or an erasure worker must not be throttled by the limits meant for people), and so is a
 * request without a token, which the operation's role check refuses anyway.
 */
public class RateLimitFilter {

    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final Map<Method, Optional<RateLimited>> annotations = new ConcurrentHashMap<>();

    public RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> limit(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Uni.createFrom().voidItem();
        }
        Optional<RateLimited> limited =
                annotations.computeIfAbsent(resource.getResourceMethod(), m -> limitOf(m, resource.getResourceClass()));
        if (limited.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String name = limited.get().value();
        return identities
                .getDeferredIdentity()
                .invoke(identity -> count(name, identity))
                .replaceWithVoid();
    }

    private void count(String name, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || identity.hasRole(Roles.SERVICE)) {
            return;
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt
                ? Subjects.canonical(jwt.getSubject())
                : identity.getPrincipal().getName();
        if (subject != null) {
            limiter.acquire(name, subject);
        }
    }

    static Optional<RateLimited> limitOf(Method method, Class<?> resourceClass) {
        RateLimited onMethod = method.getAnnotation(RateLimited.class);
        if (onMethod != null) {
            return Optional.of(onMethod);
        }
        Class<?> owner = resourceClass != null ? resourceClass : method.getDeclaringClass();
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            RateLimited onClass = type.getAnnotation(RateLimited.class);
            if (onClass != null) {
                return Optional.of(onClass);
            }
        }
        return Optional.empty();
    }
}
