package org.coproduction.sessions.domain.standards;

/**
 * A count of what went well out of what could be measured, or why it could not be measured at all.
 *
 * @param unavailable why nothing could be counted (another service could not be reached); null when counted
 */
public record Measure(long numerator, long denominator, String unavailable) {
    public Measure {
        if (unavailable == null && (numerator < 0 || denominator < 0 || numerator > denominator)) {
            throw new IllegalArgumentException("a measure is 0 <= numerator <= denominator");
        }
    }

    public static Measure of(long numerator, long denominator) {
        return new Measure(numerator, denominator, null);
    }

    public static Measure unavailable(String why) {
        return new Measure(0, 0, why);
    }

    public boolean isAvailable() {
        return unavailable == null;
    }
}
