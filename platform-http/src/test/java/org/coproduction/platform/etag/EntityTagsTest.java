package org.coproduction.platform.etag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.coproduction.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void theTagIsTheVersion() {
        assertThat(EntityTags.of(3).getValue()).isEqualTo("3");
        assertThat(EntityTags.of(3).isWeak()).isFalse();
    }

    @Test
    void ifMatchTakesOneQuotedVersionWeakOrStrongOrAStar() {
        assertThat(EntityTags.expectedVersion("\"3\"")).contains(3L);
        assertThat(EntityTags.expectedVersion(" W/\"12\" ")).contains(12L);
        assertThat(EntityTags.expectedVersion("*")).isEmpty();
        assertThat(EntityTags.expectedVersion(null)).isEmpty();
    }

    @Test
    void anythingElseIsABadRequestNamingTheHeader() {
        for (String bad : new String[] {"3", "abc", "\"abc\"", "\"1\", \"2\"", "", "\"99999999999999999999\"", "W/3"}) {
            assertThatThrownBy(() -> EntityTags.expectedVersion(bad))
                    .as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(
                                    ((InvalidInputException) e).errors().get(0).field())
                            .isEqualTo("If-Match"));
        }
    }
}
