package org.coproduction.notifications.delivery.paper;

import java.util.UUID;

/**
 * What a delivery to someone who asked for post or a phone call becomes: a printable letter (PDF, with the same HTML
 * for screen readers) or a call sheet (HTML). Personal data: in the export, erased, and cleared by retention.
 */
public record PaperDocument(
        UUID deliveryId,
        UUID participantId,
        Kind kind,
        String mediaType,
        String fileName,
        byte[] content,
        String html) {

    /** A letter to print and post, or a sheet to read from on a phone call. */
    public enum Kind {
        LETTER,
        CALL_SHEET
    }
}
