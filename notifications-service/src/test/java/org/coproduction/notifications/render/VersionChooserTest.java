package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coproduction.notifications.render.VersionChooser.Choice;
import org.coproduction.notifications.render.VersionChooser.Reader;
import org.junit.jupiter.api.Test;

/** Each branch of the contract's order: (L, plain) if P; (L, standard); the original in L; (original, plain) if P; the original. */
class VersionChooserTest {

    record V(String language, boolean plain, String text) {}

    private static final V CY_PLAIN = new V("cy", true, "cy plain");
    private static final V CY = new V("cy", false, "cy");
    private static final V EN_PLAIN = new V("en", true, "en plain");
    private static final V PL = new V("pl", false, "pl");

    private static Choice<V> choose(Reader reader, String original, List<V> versions) {
        return VersionChooser.choose(reader, original, versions, V::language, V::plain);
    }

    @Test
    void aPlainWelshReaderGetsTheWelshPlainVersionFirst() {
        Choice<V> c = choose(new Reader("cy", true), "en", List.of(CY, EN_PLAIN, CY_PLAIN));

        assertThat(c.version()).contains(CY_PLAIN);
        assertThat(c.language()).isEqualTo("cy");
        assertThat(c.notInReadersLanguage()).isFalse();
    }

    @Test
    void aPlainWelshReaderGetsTheStandardWelshWhenThereIsNoPlainWelsh() {
        assertThat(choose(new Reader("cy", true), "en", List.of(EN_PLAIN, CY)).version())
                .contains(CY);
    }

    @Test
    void aWelshReaderNotAskingForPlainWordsGetsStandardWelshNeverThePlainOne() {
        assertThat(choose(new Reader("cy", false), "en", List.of(CY_PLAIN, CY)).version())
                .contains(CY);
        Choice<V> onlyPlain = choose(new Reader("cy", false), "en", List.of(CY_PLAIN, EN_PLAIN));
        assertThat(onlyPlain.version()).isEmpty();
        assertThat(onlyPlain.language()).isEqualTo("en");
        assertThat(onlyPlain.notInReadersLanguage()).isTrue();
    }

    @Test
    void theOriginalInTheReadersLanguageComesBeforeAPlainVersionInAnother() {
        Choice<V> c = choose(new Reader("cy", true), "cy", List.of(EN_PLAIN));

        assertThat(c.version()).isEmpty();
        assertThat(c.language()).isEqualTo("cy");
        assertThat(c.notInReadersLanguage()).isFalse();
    }

    @Test
    void aPlainReaderWithNothingInTheirLanguageGetsThePlainOriginalLanguageMarked() {
        Choice<V> c = choose(new Reader("cy", true), "en", List.of(EN_PLAIN, PL));

        assertThat(c.version()).contains(EN_PLAIN);
        assertThat(c.language()).isEqualTo("en");
        assertThat(c.notInReadersLanguage()).isTrue();
    }

    @Test
    void withNoFittingVersionTheOriginalIsShownMarkedOnlyWhenNotInTheReadersLanguage() {
        Choice<V> welsh = choose(new Reader("cy", false), "en", List.of(PL));
        Choice<V> english = choose(new Reader("en", false), null, null);

        assertThat(welsh.version()).isEmpty();
        assertThat(welsh.notInReadersLanguage()).isTrue();
        assertThat(english.version()).isEmpty();
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.notInReadersLanguage()).isFalse();
    }

    @Test
    void anEnglishPlainReaderGetsThePlainEnglishOfAnEnglishOriginal() {
        Choice<V> c = choose(new Reader("en", true), "en", List.of(CY, EN_PLAIN));

        assertThat(c.version()).contains(EN_PLAIN);
        assertThat(c.notInReadersLanguage()).isFalse();
    }

    @Test
    void languagesAreComparedByTheirPrimaryTagWhateverTheCase() {
        assertThat(new Reader("cy-GB", false).language()).isEqualTo("cy");
        assertThat(new Reader(null, false).language()).isEqualTo("en");
        Choice<V> c = choose(new Reader("CY", false), "EN", List.of(new V("Cy", false, "cy")));
        assertThat(c.version()).isPresent();
        assertThat(c.notInReadersLanguage()).isFalse();
    }
}
