package org.coproduction.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.sessions.domain.ContentVersionRules.Key;
import org.coproduction.sessions.domain.ContentVersionRules.Violation;
import org.junit.jupiter.api.Test;

class ContentVersionRulesTest {
    final ContentVersionRules rules = new ContentVersionRules();

    @Test
    void distinctVersionsOtherThanTheOriginalAreSound() {
        assertThat(rules.check("en", List.of(new Key("en", true), new Key("cy", false), new Key("cy", true))))
                .isEmpty();
        assertThat(rules.check("en", List.of())).isEmpty();
    }

    @Test
    void aVersionRepeatingAnotherOrCopyingTheOriginalIsNamed() {
        assertThat(rules.check("cy", List.of(new Key("cy", false), new Key("en", false), new Key("en", false))))
                .containsExactly(
                        new Violation(
                                "versions[0]", "is the original's own language; only a plain version may share it"),
                        new Violation("versions[2]", "repeats a language and plain already given"));
    }

    @Test
    void atMostTenVersions() {
        List<Key> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new Key("l" + (char) ('a' + i), false));
        }
        assertThat(rules.check("en", eleven)).extracting(Violation::field).containsExactly("versions");
        assertThat(rules.check("en", eleven.subList(0, 10))).isEmpty();
    }
}
