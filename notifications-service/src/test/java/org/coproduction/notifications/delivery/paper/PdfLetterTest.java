package org.coproduction.notifications.delivery.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The bundled font makes a tagged letter that keeps Welsh letters, on any machine and whatever is installed. */
class PdfLetterTest {

    private static final String HTML =
            "<html lang=\"cy\"><head><title>Llythyr</title><style>body { font-family: Letter; }</style></head><body>"
                    + "<h1>Llythyr i Gwen</h1><p>Bydd y sesiwn ar ddydd Llun yn y Neuadd. Dŵr a thŷ.</p></body></html>";

    @Test
    void theBundledFontKeepsWelshLettersAndIsEmbedded() throws IOException {
        byte[] pdf = new PdfLetter(null).pdf(Jsoup.parse(HTML));

        try (PDDocument letter = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(letter)).contains("Dŵr a thŷ", "Llythyr i Gwen");
            PDFont font =
                    letter.getPage(0).getResources().getFontNames().iterator().hasNext()
                            ? letter.getPage(0)
                                    .getResources()
                                    .getFont(letter.getPage(0)
                                            .getResources()
                                            .getFontNames()
                                            .iterator()
                                            .next())
                            : null;
            assertThat(font).isNotNull();
            assertThat(font.getName()).contains("DejaVuSans");
            assertThat(font.isEmbedded()).isTrue();
            // Tagged for screen readers (PDF/UA needs every font embedded, which the bundled font allows).
            assertThat(letter.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void anUnreadableFontPathFallsBackToTheBundledFont() throws IOException {
        byte[] pdf = new PdfLetter("/nowhere/no-such-font.ttf").pdf(Jsoup.parse(HTML));

        try (PDDocument letter = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(letter)).contains("Dŵr a thŷ");
        }
    }
}
