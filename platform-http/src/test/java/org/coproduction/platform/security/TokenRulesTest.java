package org.coproduction.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class TokenRulesTest {

    private static final TokenRulesConfig CONFIG = new TokenRulesConfig() {
        @Override
        public String audience() {
            return "coproduction";
        }

        @Override
        public Duration maxAge() {
            return Duration.ofHours(8);
        }

        @Override
        public Duration serviceMaxAge() {
            return Duration.ofMinutes(5);
        }
    };

    private static final TokenRules RULES = new TokenRules(CONFIG, null);

    /** Only what the rules read: the raw token, its audience and groups as the library parsed them. */
    private static JsonWebToken token(String payload, Set<String> audience, Set<String> groups) {
        String raw = "e30."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + ".sig";
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "x";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return switch (claimName) {
                    case "raw_token" -> (T) raw;
                    case "aud" -> (T) audience;
                    case "groups" -> (T) groups;
                    default -> null;
                };
            }
        };
    }

    @Test
    void eachRuleIsNamedWhenBroken() {
        Set<String> aud = Set.of("coproduction");
        Set<String> person = Set.of("coordinator");
        assertThat(RULES.brokenRule(token("{\"groups\":[\"coordinator\"],\"iat\":100,\"exp\":700}", aud, person)))
                .isNull();
        assertThat(RULES.brokenRule(token("{\"groups\":\"coordinator\",\"iat\":100,\"exp\":700}", aud, person)))
                .isEqualTo("groups is not an array");
        assertThat(RULES.brokenRule(token("{\"groups\":[{}],\"iat\":100,\"exp\":700}", aud, person)))
                .isEqualTo("groups holds something other than names");
        assertThat(RULES.brokenRule(token("{\"groups\":[\"coordinator\"],\"iat\":100,\"exp\":700}", null, person)))
                .contains("audience");
        assertThat(RULES.brokenRule(token("{\"groups\":[\"coordinator\"],\"exp\":700}", aud, person)))
                .contains("no issue or expiry");
        assertThat(RULES.brokenRule(token("{\"groups\":[\"coordinator\"],\"iat\":\"x\",\"exp\":700}", aud, person)))
                .contains("no issue or expiry");
        assertThat(RULES.brokenRule(token("{\"groups\":[\"coordinator\"],\"iat\":0,\"exp\":700}", aud, person)))
                .contains("no issue or expiry");
        assertThat(RULES.brokenRule(token("{\"iat\":100,\"exp\":28901}", aud, null)))
                .contains("lives longer");
        assertThat(RULES.brokenRule(
                        token("{\"groups\":[\"service\"],\"iat\":100,\"exp\":401}", aud, Set.of("service"))))
                .contains("lives longer");
        assertThat(RULES.brokenRule(token("not json", aud, person))).contains("cannot be read");
    }
}
