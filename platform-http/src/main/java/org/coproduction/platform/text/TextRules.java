package org.coproduction.platform.text;

/**
 * What text the suite accepts: no control characters and no unpaired surrogates anywhere (PostgreSQL refuses a NUL,
 * and a lone surrogate cannot be encoded), and no tab or line break in a single-line value such as a name or a
 * subject. Multi-line values (bodies, summaries, notes) may hold tab, line feed and carriage return.
 */
public final class TextRules {

    public static final String NO_CONTROL = "must not contain control characters";
    public static final String SINGLE_LINE = "must be a single line: no tabs or line breaks";
    public static final String NO_LONE_SURROGATE = "must not contain unpaired surrogate characters";

    private TextRules() {}

    /** Why this text is refused, or {@code null} when it is acceptable. */
    public static String problem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return NO_LONE_SURROGATE;
            }
            if (Character.isLowSurrogate(c)) {
                return NO_LONE_SURROGATE;
            }
            if (isLineBreakOrTab(c)) {
                if (!multiLine) {
                    return SINGLE_LINE;
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                return NO_CONTROL;
            }
        }
        return null;
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
