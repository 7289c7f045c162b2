package org.coproduction.notifications.render;

import java.util.Locale;
import java.util.Set;

/** Picks the language a message is written in: the person's own when we have its wording, else English. */
public final class Language {

    static final Set<String> SUPPORTED = Set.of("en", "cy");
    static final String FALLBACK = "en";

    private Language() {}

    /** "cy", "cy-GB", "CY" -> "cy"; unknown or missing -> "en". */
    public static String choose(String preferred) {
        if (preferred == null || preferred.isBlank()) {
            return FALLBACK;
        }
        String primary =
                Locale.forLanguageTag(preferred.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.contains(primary) ? primary : FALLBACK;
    }
}
