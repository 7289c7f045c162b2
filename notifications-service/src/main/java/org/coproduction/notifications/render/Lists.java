package org.coproduction.notifications.render;

import java.util.List;
import java.util.Locale;

/** A list read as a sentence: "A, B and C" in English, "A, B a C" (or "ac" before a vowel) in Welsh. */
final class Lists {

    private Lists() {}

    static String and(List<String> items, DigestMessages m, String lang) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String last = items.get(items.size() - 1);
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return head + " " + joiner(m.listAnd(), last, lang) + " " + last;
    }

    /** Welsh "a" becomes "ac" before a vowel sound. */
    private static String joiner(String and, String next, String lang) {
        if (!"cy".equals(lang) || !"a".equals(and)) {
            return and;
        }
        String plain = Thanks.withoutMarks(next).toLowerCase(Locale.ROOT);
        return !plain.isEmpty() && "aeiouwy".indexOf(plain.charAt(0)) >= 0 ? "ac" : "a";
    }
}
