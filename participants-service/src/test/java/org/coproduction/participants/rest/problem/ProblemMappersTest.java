package org.coproduction.participants.rest.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {

    @Test
    void unexpectedFailuresAreLoggedWithoutTheirMessages() {
        Exception failure = new IllegalStateException("wrapper",
                new RuntimeException("Key (lower(email))=(aisha@example.org) already exists; needs BSL_INTERPRETER"));
        String logged = ProblemMappers.describeWithoutMessages(failure);
        assertThat(logged).contains("java.lang.IllegalStateException", "caused by java.lang.RuntimeException", "ProblemMappersTest");
        assertThat(logged).doesNotContain("aisha", "BSL", "wrapper");
    }
}
