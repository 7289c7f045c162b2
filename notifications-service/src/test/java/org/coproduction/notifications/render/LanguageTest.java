package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void welshAndEnglishInAnySpellingAreKept() {
        assertThat(Language.choose("cy")).isEqualTo("cy");
        assertThat(Language.choose("cy-GB")).isEqualTo("cy");
        assertThat(Language.choose("CY")).isEqualTo("cy");
        assertThat(Language.choose("en_GB")).isEqualTo("en");
    }

    @Test
    void languagesWithoutWordingFallBackToEnglish() {
        assertThat(Language.choose("fr")).isEqualTo("en");
        assertThat(Language.choose("gd")).isEqualTo("en");
        assertThat(Language.choose(null)).isEqualTo("en");
        assertThat(Language.choose(" ")).isEqualTo("en");
    }
}
