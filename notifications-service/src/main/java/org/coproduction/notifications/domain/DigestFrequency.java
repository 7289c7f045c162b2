package org.coproduction.notifications.domain;

/** How often a person wants a digest (participants-service's communication.digestFrequency). */
public enum DigestFrequency {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    NEVER;

    /** Unknown or missing values mean no digest: better silent than sending what nobody asked for. */
    public static DigestFrequency parse(String value) {
        if (value == null) {
            return NEVER;
        }
        try {
            return valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return NEVER;
        }
    }
}
