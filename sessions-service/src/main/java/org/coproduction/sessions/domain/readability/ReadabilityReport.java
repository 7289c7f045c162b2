package org.coproduction.sessions.domain.readability;

import java.util.List;

/**
 * How easy a text is to read. {@code score} is Flesch reading ease (higher is easier; 60+ is plain
 * English), {@code gradeLevel} the Flesch-Kincaid US school grade. Warnings only: nothing is refused.
 */
public record ReadabilityReport(
        double score,
        double gradeLevel,
        int words,
        int sentences,
        List<String> jargon,
        List<String> longSentences,
        List<String> advice) {}
