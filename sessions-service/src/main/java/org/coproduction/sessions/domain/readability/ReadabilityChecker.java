package org.coproduction.sessions.domain.readability;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease and Flesch-Kincaid grade for English, plus the jargon (from a configured list of
 * words and phrases) and the over-long sentences found. Syllables are estimated from vowel groups, the
 * usual approximation for these formulas.
 */
public final class ReadabilityChecker {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n|\\n\\s*[-*]\\s+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’-][A-Za-z]+)*|\\d+(?:[.,]\\d+)*");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private final List<String> jargonList;
    private final int longSentenceWords;
    private final double targetScore;

    public ReadabilityChecker(List<String> jargonList, int longSentenceWords, double targetScore) {
        this.jargonList = List.copyOf(jargonList);
        this.longSentenceWords = longSentenceWords;
        this.targetScore = targetScore;
    }

    public ReadabilityReport check(String text) {
        List<String> sentences = sentences(text);
        int words = 0;
        int syllables = 0;
        List<String> longSentences = new ArrayList<>();
        for (String sentence : sentences) {
            List<String> sentenceWords = words(sentence);
            words += sentenceWords.size();
            for (String word : sentenceWords) {
                syllables += syllables(word);
            }
            if (sentenceWords.size() > longSentenceWords) {
                longSentences.add(sentence);
            }
        }
        double score = 0;
        double grade = 0;
        if (words > 0) {
            double wordsPerSentence = (double) words / sentences.size();
            double syllablesPerWord = (double) syllables / words;
            score = round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord);
            grade = round(Math.max(0, 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59));
        }
        List<String> jargon = jargon(text);
        return new ReadabilityReport(
                score, grade, words, sentences.size(), jargon, longSentences, advice(score, jargon, longSentences));
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        // A silent final "e" ("make") and the endings "es"/"ed" ("takes", "named") add no syllable,
        // but "-le" after a consonant ("table") does.
        if (w.endsWith("e") && !w.endsWith("le")) {
            w = w.substring(0, w.length() - 1);
        } else if ((w.endsWith("es") || w.endsWith("ed")) && w.length() > 4) {
            w = w.substring(0, w.length() - 2);
        }
        Matcher m = VOWEL_GROUP.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text.strip())) {
            String sentence = part.strip().replaceAll("\\s+", " ");
            if (!words(sentence).isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private List<String> jargon(String text) {
        String lower = " " + String.join(" ", words(text)).toLowerCase(Locale.ROOT) + " ";
        Set<String> found = new LinkedHashSet<>();
        for (String term : jargonList) {
            List<String> termWords =
                    words(term).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            if (termWords.isEmpty()) {
                continue;
            }
            String head = String.join(" ", termWords.subList(0, termWords.size() - 1));
            for (String last : forms(termWords.get(termWords.size() - 1))) {
                if (lower.contains(" " + (head.isEmpty() ? "" : head + " ") + last + " ")) {
                    found.add(term);
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * A jargon word as people write it: "leverage" is also "leverages", "leveraged", "leveraging"; "synergy" also
     * "synergies"; "operationalise" also "operationalised" and the American "operationalized". Whole words only.
     */
    static Set<String> forms(String word) {
        Set<String> forms = new LinkedHashSet<>();
        for (String base : word.endsWith("ise") || word.endsWith("ize")
                ? List.of(word.substring(0, word.length() - 3) + "ise", word.substring(0, word.length() - 3) + "ize")
                : List.of(word)) {
            forms.add(base);
            forms.add(base + "s");
            forms.add(base + "es");
            forms.add(base + "ed");
            forms.add(base + "ing");
            if (base.endsWith("e")) {
                String stem = base.substring(0, base.length() - 1);
                forms.add(stem + "ed");
                forms.add(stem + "ing");
            }
            if (base.endsWith("y") && base.length() > 2) {
                String stem = base.substring(0, base.length() - 1);
                forms.add(stem + "ies");
                forms.add(stem + "ied");
            }
        }
        return forms;
    }

    private List<String> advice(double score, List<String> jargon, List<String> longSentences) {
        List<String> advice = new ArrayList<>();
        if (score < targetScore) {
            advice.add("Reading ease is " + score + "; aim for " + targetScore
                    + " or more with shorter sentences and everyday words.");
        }
        if (!jargon.isEmpty()) {
            advice.add("Swap jargon for everyday words: " + String.join(", ", jargon) + ".");
        }
        if (!longSentences.isEmpty()) {
            advice.add("Split " + longSentences.size() + " sentence" + (longSentences.size() == 1 ? "" : "s")
                    + " longer than " + longSentenceWords + " words.");
        }
        return advice;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
