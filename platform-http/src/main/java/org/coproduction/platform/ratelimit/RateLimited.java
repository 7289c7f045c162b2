package org.coproduction.platform.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an expensive operation (a REST resource method, or every operation of a resource class) as rate limited under
 * a named limit: {@code @RateLimited("slot-search")}. The limit's size and window come from configuration,
 * {@code coproduction.rate-limits.limits."slot-search".requests} and {@code .window} (see {@link RateLimitConfig});
 * a name with no configuration gets the default limit. Requests are counted per token subject (in memory, per
 * instance), the suite's own {@code service} tokens are exempt, and a caller over the limit gets a {@code 429} problem
 * with {@code Retry-After}. The platform's OpenAPI filter documents the 429 on every operation carrying it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** The limit's name, as configured under {@code coproduction.rate-limits.limits}. */
    String value();
}
