package org.coproduction.notifications.render;

/** How a person wants to read mail (participants-service's communication.format). */
public enum DigestFormat {
    HTML,
    PLAIN_TEXT,
    LARGE_PRINT;

    public static DigestFormat parse(String value) {
        if (value != null) {
            for (DigestFormat format : values()) {
                if (format.name().equalsIgnoreCase(value.trim())) {
                    return format;
                }
            }
        }
        return HTML;
    }

    public boolean hasHtmlPart() {
        return this != PLAIN_TEXT;
    }
}
