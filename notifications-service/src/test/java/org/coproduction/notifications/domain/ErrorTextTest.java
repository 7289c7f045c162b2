package org.coproduction.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextTest {

    @Test
    void shortTextAndNoTextAreKeptAsTheyAre() {
        assertThat(ErrorText.fit(null)).isNull();
        assertThat(ErrorText.fit("")).isEmpty();
        assertThat(ErrorText.fit("SMTP: ConnectException: Connection refused"))
                .isEqualTo("SMTP: ConnectException: Connection refused");
    }

    @Test
    void textUpToTheColumnsWidthIsKeptWhole() {
        String exactly = "x".repeat(ErrorText.LIMIT);
        assertThat(ErrorText.fit(exactly)).isEqualTo(exactly);
    }

    @Test
    void longerTextIsCutToTheColumnsWidthAndSaysSo() {
        String longer = "a".repeat(ErrorText.LIMIT) + "tail";
        String fitted = ErrorText.fit(longer);
        assertThat(fitted).hasSize(ErrorText.LIMIT).endsWith("...").doesNotContain("tail");
        assertThat(fitted.substring(0, ErrorText.LIMIT - 3)).isEqualTo("a".repeat(ErrorText.LIMIT - 3));
    }
}
