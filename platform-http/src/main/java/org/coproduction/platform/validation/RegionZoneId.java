package org.coproduction.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coproduction.platform.text.TimeBounds;

/** A time zone given as a region id ("Europe/London"), never as an offset; null is left to {@code @NotNull}. */
@Target({
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RegionZoneIdValidator.class)
public @interface RegionZoneId {
    String message() default TimeBounds.ZONE_RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
