package org.coproduction.notifications.delivery.summary;

/**
 * How a digest was written: its language, its format (HTML, PLAIN_TEXT, LARGE_PRINT, LETTER, LARGE_PRINT_LETTER or
 * CALL), and whether that is what its reader asked for.
 */
public record Rendering(String language, String format, boolean asAsked) {}
