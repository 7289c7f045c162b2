package org.coproduction.participants.domain;

public enum DigestFrequency {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY,
    NEVER
}
