package org.coproduction.notifications.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses which version of a piece of content a reader gets (CONTRACTS.md, "How notifications-service chooses"):
 * the first that exists of their language in plain words (when they want plain words), their language, the original
 * when it is in their language, the original's language in plain words (when they want plain words), the original.
 */
public final class VersionChooser {

    /** What sessions-service assumes when content does not say its language. */
    static final String DEFAULT_LANGUAGE = "en";

    private VersionChooser() {}

    /** The reader: their language (a primary tag such as "cy") and whether they want plain words. */
    public record Reader(String language, boolean plain) {

        public Reader {
            language = normalise(language);
        }
    }

    /**
     * What is shown: the original or one version ({@code version} empty for the original), its language, and whether
     * it must be marked as not yet in the reader's language.
     */
    public record Choice<V>(Optional<V> version, String language, boolean notInReadersLanguage) {}

    public static <V> Choice<V> choose(
            Reader reader,
            String originalLanguage,
            List<V> versions,
            Function<V, String> languageOf,
            Predicate<V> plainOf) {
        String original = normalise(originalLanguage);
        List<V> all = versions == null ? List.of() : versions;
        String wanted = reader.language();
        Optional<V> chosen = Optional.empty();
        if (reader.plain()) {
            chosen = find(all, wanted, true, languageOf, plainOf);
        }
        if (chosen.isEmpty()) {
            chosen = find(all, wanted, false, languageOf, plainOf);
        }
        if (chosen.isEmpty() && original.equals(wanted)) {
            return new Choice<>(Optional.empty(), original, false);
        }
        if (chosen.isEmpty() && reader.plain()) {
            chosen = find(all, original, true, languageOf, plainOf);
        }
        String shown = chosen.map(v -> normalise(languageOf.apply(v))).orElse(original);
        return new Choice<>(chosen, shown, !shown.equals(wanted));
    }

    private static <V> Optional<V> find(
            List<V> versions, String language, boolean plain, Function<V, String> languageOf, Predicate<V> plainOf) {
        return versions.stream()
                .filter(v -> v != null && normalise(languageOf.apply(v)).equals(language) && plainOf.test(v) == plain)
                .findFirst();
    }

    /** "cy", "CY", "cy-GB" -> "cy"; missing -> "en" (the original's default in the contract). */
    static String normalise(String language) {
        if (language == null || language.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String primary =
                Locale.forLanguageTag(language.trim().replace('_', '-')).getLanguage();
        return primary.isEmpty() ? DEFAULT_LANGUAGE : primary;
    }
}
