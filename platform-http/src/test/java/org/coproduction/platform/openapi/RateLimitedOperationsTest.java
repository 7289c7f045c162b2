package org.coproduction.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimitedOperationsTest {

    @Test
    void pathsAreComparedAsTemplates() {
        assertThat(RateLimitedOperations.key("get", "/slot-search/")).isEqualTo("GET /slot-search");
        assertThat(RateLimitedOperations.key("POST", "participants//{id: [0-9a-f-]+}/export"))
                .isEqualTo("POST /participants/{id}/export");
        assertThat(RateLimitedOperations.key("GET", "")).isEqualTo("GET /");
        assertThat(RateLimitedOperations.find(null)).isEmpty();
    }
}
