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

    @Test
    void theRecipientsAndTheSubjectNeverStayInAnError() {
        String refusal = "SMTP: SMTPException: 550 5.1.1 <Ada.Lovelace@Example.org>: Recipient address rejected;"
                + " subject 'Your update for Ada' refused";

        String redacted =
                ErrorText.redact(refusal, java.util.List.of("ada.lovelace@example.org", "Your update for Ada"));

        assertThat(redacted)
                .isEqualTo("SMTP: SMTPException: 550 5.1.1 <[redacted]>: Recipient address rejected;"
                        + " subject '[redacted]' refused")
                .doesNotContainIgnoringCase("lovelace");
    }

    @Test
    void anyOtherAddressIsTakenOutToo() {
        assertThat(ErrorText.redact("relay denied for bob@example.net (from x@y.org)", java.util.List.of()))
                .isEqualTo("relay denied for [address] (from [address])");
        assertThat(ErrorText.redact(null, java.util.List.of("a"))).isNull();
        java.util.List<String> nothing = new java.util.ArrayList<>();
        nothing.add(null);
        nothing.add(" ");
        assertThat(ErrorText.redact("Connection refused", nothing)).isEqualTo("Connection refused");
    }
}
