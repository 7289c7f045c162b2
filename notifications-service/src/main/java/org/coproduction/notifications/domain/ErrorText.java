package org.coproduction.notifications.domain;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error text as stored on a delivery or run (the columns hold 500 characters), and as logged: never a recipient's
 * address or a mail's subject, which SMTP servers like to quote back ("550 <ada@example.org>: no such user").
 */
public final class ErrorText {

    static final int LIMIT = 500;
    static final String ADDRESS = "[address]";
    static final String REDACTED = "[redacted]";
    /** Anything shaped like an email address, also inside angle brackets or quotes. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");

    private ErrorText() {}

    public static String fit(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 3) + "...";
    }

    /**
     * The text with each of {@code secrets} (the recipients, the subject: compared without regard to case) and
     * anything else that looks like an email address replaced by a placeholder.
     */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                out = replaceIgnoringCase(out, secret.strip());
            }
        }
        return EMAIL.matcher(out).replaceAll(ADDRESS);
    }

    private static String replaceIgnoringCase(String text, String secret) {
        return Pattern.compile(Pattern.quote(secret), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .replaceAll(Matcher.quoteReplacement(REDACTED));
    }
}
