package org.coproduction.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void ordinaryTextInAnyScriptIsAccepted() {
        assertThat(TextRules.problem("Siân Llŷr Zoë 😀 مرحبا", false)).isNull();
        assertThat(TextRules.problem("", false)).isNull();
        assertThat(TextRules.problem(null, false)).isNull();
    }

    @Test
    void controlCharactersAreRefusedEverywhere() {
        assertThat(TextRules.problem("a\u0000b", false)).isEqualTo(TextRules.NO_CONTROL);
        assertThat(TextRules.problem("a\u0000b", true)).isEqualTo(TextRules.NO_CONTROL);
        assertThat(TextRules.problem("bell\u0007", true)).isEqualTo(TextRules.NO_CONTROL);
        assertThat(TextRules.problem("del\u007f", true)).isEqualTo(TextRules.NO_CONTROL);
        assertThat(TextRules.problem("c1\u0085", true)).isEqualTo(TextRules.NO_CONTROL);
    }

    @Test
    void tabsAndLineBreaksOnlyInMultiLineText() {
        for (String text : new String[] {"a\tb", "a\nb", "a\r\nb", "a\u2028b"}) {
            assertThat(TextRules.problem(text, false)).isEqualTo(TextRules.SINGLE_LINE);
            assertThat(TextRules.problem(text, true)).isNull();
        }
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertThat(TextRules.problem("a\ud800", true)).isEqualTo(TextRules.NO_LONE_SURROGATE);
        assertThat(TextRules.problem("\udc00a", true)).isEqualTo(TextRules.NO_LONE_SURROGATE);
        assertThat(TextRules.problem("\ud800x", true)).isEqualTo(TextRules.NO_LONE_SURROGATE);
        assertThat(TextRules.problem("\ud83d\ude00", false)).isNull();
    }
}
