package org.coproduction.notifications.delivery.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import jakarta.mail.internet.MimeUtility;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 2047 subjects: every character arrives as written, in lines mail programs read. */
class MailSubjectTest {

    @Test
    void plainPrintableAsciiThatFitsALineIsLeftAsItIs() {
        Mail mail = Mail.withText("a@example.org", "Room change on 3 April", "Body");

        MailSubject.apply(mail);

        assertThat(mail.getHeaders()).doesNotContainKey("Subject");
        assertThat(MailSubject.isPlain("Room change on 3 April")).isTrue();
        assertThat(MailSubject.isPlain("a =?utf-8?q?look-alike?=")).isFalse();
        assertThat(MailSubject.isPlain("tab\there")).isFalse();
        assertThat(MailSubject.isPlain("x".repeat(70))).isFalse();
    }

    @Test
    void anySubjectDecodesBackToItselfFromAsciiEncodedWordsOfWholeCharacters() throws Exception {
        for (String subject : List.of(
                "Gŵyl yr haf 🎉",
                "ŵ ŷ",
                "😀".repeat(100),
                "日本語のお知らせ".repeat(25),
                "Line\r\nBcc: everyone@example.org",
                "a =?utf-8?q?look-alike?=",
                "x".repeat(200))) {
            String encoded = MailSubject.encode(subject);

            assertThat(encoded).matches("\\p{ASCII}+");
            assertThat(MimeUtility.decodeText(MimeUtility.unfold(encoded))).isEqualTo(subject);
            String[] lines = encoded.split("\r\n");
            for (int i = 0; i < lines.length; i++) {
                // Each encoded-word is at most 75 characters and fits its line, "Subject: " included.
                assertThat(lines[i].strip())
                        .hasSizeLessThanOrEqualTo(75)
                        .startsWith("=?UTF-8?B?")
                        .endsWith("?=");
                assertThat((i == 0 ? "Subject: " : "") + lines[i]).hasSizeLessThanOrEqualTo(76);
                if (i > 0) {
                    assertThat(lines[i]).startsWith(" ");
                }
            }
            // No bare line feed (folded with CRLF only) and no encoded-word splits a character.
            assertThat(encoded.replace("\r\n", "")).doesNotContain("\n", "\r");
        }
    }

    @Test
    void aSubjectIsOneLineWhateverWasStored() {
        Mail mail = Mail.withText("a@example.org", "Room change\r\nBcc: all@example.org\t\u0007ŵ", "Body");

        MailSubject.apply(mail);

        assertThat(mail.getSubject()).isEqualTo("Room change Bcc: all@example.org ŵ");
        assertThat(mail.getHeaders().get("Subject")).containsExactly(MailSubject.encode(mail.getSubject()));
        Mail plain = Mail.withText("a@example.org", "Room\nchange", "Body");
        MailSubject.apply(plain);
        assertThat(plain.getSubject()).isEqualTo("Room change");
        assertThat(plain.getHeaders()).doesNotContainKey("Subject");
        assertThat(MailSubject.oneLine("a\u2028b\u0085c")).isEqualTo("a b c");
    }

    @Test
    void applyingTwiceSetsOneSubjectHeader() {
        Mail mail = Mail.withText("a@example.org", "Croeso 👋", "Body");
        mail.setHeaders(Map.of("subject", List.of("stale"), "X-Other", List.of("kept")));

        MailSubject.apply(mail);
        MailSubject.apply(mail);

        assertThat(mail.getHeaders()).containsOnlyKeys("Subject", "X-Other");
        assertThat(mail.getHeaders().get("Subject")).containsExactly(MailSubject.encode("Croeso 👋"));
        assertThat(mail.getSubject()).isEqualTo("Croeso 👋");
    }
}
