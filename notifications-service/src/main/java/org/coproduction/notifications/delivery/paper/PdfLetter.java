package org.coproduction.notifications.delivery.paper;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/** Turns a letter's HTML into a PDF (openhtmltopdf), tagged for screen readers. Pure apart from reading a font. */
public final class PdfLetter {

    /** A font with the Welsh letters (ŵ, ŷ): the PDF standard fonts have no circumflex w or y. */
    private final File font;

    /** @param fontPath a TrueType font to embed; the PDF standard font when it is missing */
    public PdfLetter(String fontPath) {
        File file = fontPath == null ? null : new File(fontPath);
        this.font = file != null && file.canRead() ? file : null;
    }

    public byte[] pdf(Document html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (font != null) {
                builder.useFont(font, "Letter");
                // Tagged (PDF/UA): headings and lists reach screen readers. It needs every font embedded.
                builder.usePdfUaAccessibility(true);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
