package org.coproduction.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecurityRulesTest {

    private static final Path DEV_KEY = Path.of("../dev-keys/publicKey.pem").toAbsolutePath();

    private static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
    }

    @Test
    void subjectsAreComparedInOneForm() {
        UUID id = UUID.randomUUID();
        assertThat(Subjects.canonical(id.toString().toUpperCase())).isEqualTo(id.toString());
        assertThat(Subjects.canonical(" coordinator-1 ")).isEqualTo("coordinator-1");
        assertThat(Subjects.canonical(" ")).isNull();
        assertThat(Subjects.canonical(null)).isNull();
        assertThat(Subjects.parse("1-1-1-1-1")).isEmpty();
        assertThat(Subjects.parse(null)).isEmpty();
        assertThat(Subjects.parse(id.toString().toUpperCase())).contains(id);
    }

    @Test
    void theDevelopmentKeyIsRefusedUnlessAllowed() throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("mp.jwt.verify.publickey.location", "file:" + DEV_KEY);
        assertThat(DeploymentKeyCheck.problems(config(values)))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("development public key"))
                .anySatisfy(p -> assertThat(p).contains("COPRODUCTION_TOMBSTONE_KEY"));
        values.put("coproduction.allow-development-key", "true");
        assertThat(DeploymentKeyCheck.problems(config(values))).isEmpty();
    }

    @Test
    void aDeploymentsOwnKeysPass() throws Exception {
        Path own = Files.createTempFile("own-key", ".pem");
        Files.writeString(
                own,
                "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAowN\n-----END PUBLIC KEY-----\n");
        try {
            Map<String, String> values = new HashMap<>();
            values.put("mp.jwt.verify.publickey.location", own.toString());
            values.put("coproduction.tombstone.key", "a-long-random-deployment-secret");
            assertThat(DeploymentKeyCheck.problems(config(values))).isEmpty();
            values.put("mp.jwt.verify.publickey.location", "https://idp.example/keys");
            assertThat(DeploymentKeyCheck.problems(config(values))).isEmpty();
            values.put("mp.jwt.verify.publickey.location", "classpath:nothing-here.pem");
            assertThat(DeploymentKeyCheck.problems(config(values))).isEmpty();
            values.remove("mp.jwt.verify.publickey.location");
            values.put("mp.jwt.verify.publickey", Files.readString(DEV_KEY));
            assertThat(DeploymentKeyCheck.problems(config(values))).hasSize(1);
        } finally {
            Files.delete(own);
        }
    }

    @Test
    void unreadableTokensHaveNoClaims() {
        assertThat(TokenRules.claimsOf(null)).isNull();
        assertThat(TokenRules.claimsOf("nodots")).isNull();
        assertThat(TokenRules.claimsOf("a.!!!.c")).isNull();
        assertThat(TokenRules.claimsOf("a.WzFd.c")).isNull(); // [1]: not an object
    }
}
