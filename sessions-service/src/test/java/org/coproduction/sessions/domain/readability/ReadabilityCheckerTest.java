package org.coproduction.sessions.domain.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityCheckerTest {
    final ReadabilityChecker checker =
            new ReadabilityChecker(List.of("stakeholder", "leverage", "going forward", "co-design"), 20, 60);

    @Test
    void shortPlainSentencesScoreHighAndNeedNoAdvice() {
        ReadabilityReport r = checker.check("We met on Monday. We chose a new room. It has a ramp.");
        assertThat(r.sentences()).isEqualTo(3);
        assertThat(r.words()).isEqualTo(13);
        assertThat(r.score()).isGreaterThan(90);
        assertThat(r.gradeLevel()).isLessThan(3);
        assertThat(r.advice()).isEmpty();
    }

    @Test
    void longWordyTextScoresLowAndGetsAdvice() {
        String text = "Organisational stakeholders collaboratively operationalised multidimensional "
                + "implementation methodologies, facilitating comprehensive interdepartmental communication "
                + "infrastructure, institutional accountability mechanisms, and sustainable transformation.";
        ReadabilityReport r = checker.check(text);
        assertThat(r.score()).isLessThan(0);
        assertThat(r.gradeLevel()).isGreaterThan(16);
        assertThat(r.advice()).anyMatch(a -> a.startsWith("Reading ease is"));
    }

    @Test
    void knownFleschFigureForASimpleSentence() {
        // "The cat sat on the mat." 6 words, 6 syllables, 1 sentence:
        // 206.835 - 1.015*6 - 84.6*1 = 116.1; grade 0.39*6 + 11.8 - 15.59 = -1.45 -> 0.
        ReadabilityReport r = checker.check("The cat sat on the mat.");
        assertThat(r.score()).isEqualTo(116.1);
        assertThat(r.gradeLevel()).isEqualTo(0.0);
    }

    @Test
    void jargonWordsAndPhrasesAreFoundWhateverTheirCase() {
        ReadabilityReport r = checker.check("Going forward, every Stakeholder will help. We leverage nothing.");
        assertThat(r.jargon()).containsExactly("stakeholder", "leverage", "going forward");
        assertThat(r.advice()).contains("Swap jargon for everyday words: stakeholder, leverage, going forward.");
    }

    @Test
    void jargonMatchesWholeWordsOnly() {
        // "average" and "beverages" hold no jargon; "leverageable" is not a form of "leverage" people use as one.
        assertThat(checker.check("The average beverages and leverageable assets.")
                        .jargon())
                .isEmpty();
    }

    @Test
    void jargonIsFoundInTheFormsPeopleWriteIt() {
        ReadabilityChecker issue = new ReadabilityChecker(List.of("operationalise", "leverage", "synergy"), 20, 60);

        // The issue's own example of an update a plain-language reader could not use.
        assertThat(issue.check("We operationalised a co-produced service delivery framework which leverages "
                                + "synergies.")
                        .jargon())
                .containsExactly("operationalise", "leverage", "synergy");
        assertThat(issue.check("Operationalizing it, leveraging what we have.").jargon())
                .containsExactly("operationalise", "leverage");
        assertThat(ReadabilityChecker.forms("leverage")).contains("leverages", "leveraged", "leveraging");
    }

    @Test
    void sentencesLongerThanTheLimitAreQuoted() {
        String longOne = "We will meet again in the spring at the library on the corner of the high street "
                + "near the station so that everyone can get there.";
        ReadabilityReport r = checker.check("Thank you all. " + longOne);
        assertThat(r.longSentences()).containsExactly(longOne);
        assertThat(r.advice()).contains("Split 1 sentence longer than 20 words.");
    }

    @Test
    void syllablesAreEstimatedFromVowelGroups() {
        assertThat(ReadabilityChecker.syllables("cat")).isEqualTo(1);
        assertThat(ReadabilityChecker.syllables("make")).isEqualTo(1);
        assertThat(ReadabilityChecker.syllables("table")).isEqualTo(2);
        assertThat(ReadabilityChecker.syllables("meeting")).isEqualTo(2);
        assertThat(ReadabilityChecker.syllables("accessibility")).isEqualTo(6);
    }
}
