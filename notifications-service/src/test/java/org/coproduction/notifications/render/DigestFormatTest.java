package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestFormatTest {

    @Test
    void theThreeFormatsAreReadInAnyCase() {
        assertThat(DigestFormat.parse("HTML")).isEqualTo(DigestFormat.HTML);
        assertThat(DigestFormat.parse("plain_text")).isEqualTo(DigestFormat.PLAIN_TEXT);
        assertThat(DigestFormat.parse(" Large_Print ")).isEqualTo(DigestFormat.LARGE_PRINT);
    }

    @Test
    void unknownOrMissingFormatsGetTheFormattedEmail() {
        assertThat(DigestFormat.parse(null)).isEqualTo(DigestFormat.HTML);
        assertThat(DigestFormat.parse("")).isEqualTo(DigestFormat.HTML);
        assertThat(DigestFormat.parse("BRAILLE")).isEqualTo(DigestFormat.HTML);
    }

    @Test
    void onlyPlainTextReadersGoWithoutAnHtmlPart() {
        assertThat(DigestFormat.HTML.hasHtmlPart()).isTrue();
        assertThat(DigestFormat.LARGE_PRINT.hasHtmlPart()).isTrue();
        assertThat(DigestFormat.PLAIN_TEXT.hasHtmlPart()).isFalse();
    }
}
