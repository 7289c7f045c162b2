package org.coproduction.notifications.delivery.send;

import io.quarkus.mailer.Mail;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Subject header as it goes on the wire (RFC 2047), so every Unicode character arrives as written. The mail
 * client encodes a subject one UTF-16 unit at a time, which turns each half of a surrogate pair (an emoji, a
 * character outside the Basic Multilingual Plane) into "?", and folds long subjects with a bare line feed. Here a
 * subject that is not plain printable ASCII is written as UTF-8 "B" encoded-words, each whole characters only and
 * short enough for its line, folded with CRLF and a space; the mail's own subject (logged, kept for the export) stays
 * as written.
 */
public final class MailSubject {

    static final String HEADER = "Subject";
    private static final String PREFIX = "=?UTF-8?B?";
    private static final String SUFFIX = "?=";
    /** Each encoded-word fits a 76-character line even after "Subject: " (RFC 2047 section 2). */
    private static final int MAX_WORD = 64;
    /** Whole characters per word: 4 base64 characters per 3 bytes. */
    private static final int MAX_BYTES = (MAX_WORD - PREFIX.length() - SUFFIX.length()) / 4 * 3;
    /** A plain subject longer than this is encoded too, so that it is folded. */
    private static final int MAX_PLAIN = 78 - "Subject: ".length();
    /** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators, in runs. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

    private MailSubject() {}

    /**
     * Sets the mail's Subject header to the encoded form of its subject (again on every call: idempotent). A subject
     * is one line: a line break, tab or other control character in a stored one (refused at the door today) becomes a
     * space, so it can neither add a header nor make the mail client refuse the mail.
     */
    public static Mail apply(Mail mail) {
        String subject = mail.getSubject();
        if (subject == null) {
            return mail;
        }
        String line = oneLine(subject);
        if (!line.equals(subject)) {
            mail.setSubject(line);
            subject = line;
        }
        if (isPlain(subject)) {
            return mail;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(mail.getHeaders());
        headers.keySet().removeIf(HEADER::equalsIgnoreCase);
        headers.put(HEADER, List.of(encode(subject)));
        mail.setHeaders(headers);
        return mail;
    }

    /** The subject with each run of line breaks, tabs and other control characters made one space. */
    static String oneLine(String subject) {
        return CONTROL.matcher(subject).replaceAll(" ");
    }

    /** Printable ASCII that cannot be mistaken for an encoded-word and fits one line: sent as it is. */
    static boolean isPlain(String subject) {
        if (subject.length() > MAX_PLAIN || subject.contains("=?")) {
            return false;
        }
        return subject.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** The subject as UTF-8 "B" encoded-words, split between characters, folded with CRLF and a space. */
    static String encode(String subject) {
        List<String> words = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < subject.length(); ) {
            int codePoint = subject.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES && chunk.length() > 0) {
                words.add(word(chunk.toString()));
                chunk.setLength(0);
                bytes = 0;
            }
            chunk.append(character);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        if (chunk.length() > 0 || words.isEmpty()) {
            words.add(word(chunk.toString()));
        }
        return String.join("\r\n ", words);
    }

    private static String word(String text) {
        return PREFIX + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + SUFFIX;
    }
}
