package org.coproduction.notifications.delivery.paper;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/** Turns a letter's HTML into a PDF (openhtmltopdf), tagged for screen readers. Pure apart from reading a font. */
public final class PdfLetter {

    /**
     * DejaVu Sans, shipped in the jar (its licence beside it), so letters look the same on every machine and image
     * whatever fonts it has installed.
     */
    static final String BUNDLED_FONT = "fonts/DejaVuSans.ttf";

    /** A font with the Welsh letters (ŵ, ŷ): the PDF standard fonts have no circumflex w or y. */
    private final FSSupplier<InputStream> font;

    /** @param fontPath a TrueType font to embed instead of the bundled one; blank (or unreadable) for the bundled */
    public PdfLetter(String fontPath) {
        File file = fontPath == null || fontPath.isBlank() ? null : new File(fontPath.strip());
        if (file != null && file.canRead()) {
            this.font = () -> {
                try {
                    return new FileInputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        } else {
            this.font = () -> PdfLetter.class.getClassLoader().getResourceAsStream(BUNDLED_FONT);
        }
    }

    public byte[] pdf(Document html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, "Letter");
            // Tagged (PDF/UA): headings and lists reach screen readers. It needs every font embedded.
            builder.usePdfUaAccessibility(true);
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
