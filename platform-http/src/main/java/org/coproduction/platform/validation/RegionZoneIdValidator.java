package org.coproduction.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.coproduction.platform.text.TimeBounds;

/** Checks {@link RegionZoneId}. */
public class RegionZoneIdValidator implements ConstraintValidator<RegionZoneId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || TimeBounds.isRegionZone(value);
    }
}
