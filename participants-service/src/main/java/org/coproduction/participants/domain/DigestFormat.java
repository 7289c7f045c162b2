package org.coproduction.participants.domain;

public enum DigestFormat {
    HTML,
    PLAIN_TEXT,
    LARGE_PRINT
}
