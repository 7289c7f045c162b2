package org.coproduction.sessions.domain.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How text is cut into sentences and words, and what the advice says at its edges. */
class ReadabilityCheckerEdgeTest {
    final ReadabilityChecker checker = new ReadabilityChecker(List.of("going forward", "KPI", "  "), 5, 60);

    @Test
    void textWithoutWordsScoresNothingAndAdvisesToAimHigher() {
        ReadabilityReport r = checker.check("  ... !!! ");
        assertThat(r.words()).isZero();
        assertThat(r.sentences()).isZero();
        assertThat(r.score()).isZero();
        assertThat(r.gradeLevel()).isZero();
        assertThat(r.advice())
                .containsExactly(
                        "Reading ease is 0.0; aim for 60.0 or more with shorter sentences and everyday words.");
    }

    @Test
    void blankLinesAndBulletsEndSentencesToo() {
        ReadabilityReport r = checker.check("Our plan\n\nWe meet soon\n- bring a pen\n* bring a friend");
        assertThat(r.sentences()).isEqualTo(4);
        assertThat(r.words()).isEqualTo(11);
    }

    @Test
    void numbersAndHyphenatedOrApostrophisedWordsCountOnce() {
        ReadabilityReport r = checker.check("We don't need a well-known room for 1,000.50 people.");
        assertThat(r.words()).isEqualTo(9);
        assertThat(r.sentences()).isEqualTo(1);
    }

    @Test
    void aSentenceOfExactlyTheLimitIsNotLongButOneMoreWordIs() {
        ReadabilityReport r = checker.check("One two three four five. One two three four five six.");
        assertThat(r.longSentences()).containsExactly("One two three four five six.");
        assertThat(r.advice()).contains("Split 1 sentence longer than 5 words.");
    }

    @Test
    void severalLongSentencesAreCountedInThePlural() {
        ReadabilityReport r = checker.check("a b c d e f. g h i j k l m.");
        assertThat(r.longSentences()).hasSize(2);
        assertThat(r.advice()).contains("Split 2 sentences longer than 5 words.");
    }

    @Test
    void whitespaceInsideASentenceIsTidiedInWhatIsQuoted() {
        ReadabilityReport r = checker.check("We   will\tmeet on   the sixth of the month.");
        assertThat(r.longSentences()).containsExactly("We will meet on the sixth of the month.");
    }

    @Test
    void phrasesMatchAcrossPunctuationAndLineBreaksAndBlankTermsAreIgnored() {
        ReadabilityReport r = checker.check("We will do this going\nforward. Our kpi is clear.");
        assertThat(r.jargon()).containsExactly("going forward", "KPI");
        assertThat(r.advice()).contains("Swap jargon for everyday words: going forward, KPI.");
    }

    @Test
    void plainShortTextGetsNoAdviceAtAll() {
        ReadabilityReport r = checker.check("We meet on Monday. Bring a pen.");
        assertThat(r.score()).isGreaterThanOrEqualTo(60);
        assertThat(r.jargon()).isEmpty();
        assertThat(r.longSentences()).isEmpty();
        assertThat(r.advice()).isEmpty();
    }

    @Test
    void scoresAreRoundedToOneDecimalAndTheGradeIsNeverNegative() {
        ReadabilityReport r = checker.check("I go. We sit. It is.");
        assertThat(r.gradeLevel()).isZero();
        // Two words a sentence, one syllable a word: 206.835 - 2.03 - 84.6 = 120.205, kept to one decimal.
        assertThat(r.score()).isEqualTo(120.2);
    }

    @ParameterizedTest
    @CsvSource({
        "a,1",
        "the,1",
        "make,1",
        "table,2",
        "takes,1",
        "named,1",
        "beautiful,3",
        "rhythm,1",
        "7,1",
        "don't,1",
        "co-operate,3"
    })
    void syllablesAtTheEdgesOfTheEstimate(String word, int expected) {
        assertThat(ReadabilityChecker.syllables(word)).isEqualTo(expected);
    }
}
