package org.coproduction.notifications.domain;

/** Error text as stored on a delivery or run: the columns hold 500 characters. */
public final class ErrorText {

    static final int LIMIT = 500;

    private ErrorText() {}

    public static String fit(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 3) + "...";
    }
}
