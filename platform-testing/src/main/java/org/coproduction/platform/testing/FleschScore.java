package org.coproduction.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flesch reading ease of English text (206.835 - 1.015 words/sentence - 84.6 syllables/word), for the wording tests. */
public final class FleschScore {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’-][A-Za-z]+)*");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private FleschScore() {}

    public static double of(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(m.group());
        }
        int syllables = words.stream().mapToInt(FleschScore::syllables).sum();
        return 206.835 - 1.015 * words.size() - 84.6 * syllables / Math.max(1, words.size());
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher m = VOWELS.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
