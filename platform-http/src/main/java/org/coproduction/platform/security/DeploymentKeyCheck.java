package org.coproduction.platform.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start in the {@code prod} profile with the development secrets of this repository: the public key of
 * dev-keys/ (anyone holding the repository can sign tokens it accepts) or the default tombstone key (anyone can
 * recompute a tombstone, and so test whether an id was erased). A run that knowingly uses them (scripts/run-local.sh,
 * docker-compose.yml, the end-to-end tests) says so with {@code COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true}.
 */
@ApplicationScoped
public class DeploymentKeyCheck {

    /** The body of dev-keys/publicKey.pem, without its armour and line breaks. */
    static final String DEVELOPMENT_PUBLIC_KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3uY9ldNoaPS//W8BU0eY"
            + "t2mldX/rT3i96mbg/nQmbT8tAm13X0baxUpohYtmP3Ibfk1Q6qFTWJMCzKcUP+j/"
            + "l6lDcBCKutRLVNz83AJeHCY+NeJnGPB2RjKRyi6YwshWIOw8V9EFmjqQEvlk6x9v"
            + "5+co5QjaAUctcEyo5mvTAMYi4THkBO9XU0NM7PoNcGtbXMLHovGhsM53+9cVdmOZ"
            + "KAz+C4q2qaISyYCGhPqyRYSy0n43+O6au3H+TOlsBXcVRhID6WQ0d7FhsFI7b1zK"
            + "b9GHSuEtIFiSVBDE/4ZNgHHKNFVYEvGBGf2O1GSRoiHfeLY3pJlGqqxBW7YnUFX5"
            + "cwIDAQAB";

    /** {@link TombstoneConfig#key()}'s default. */
    static final String DEVELOPMENT_TOMBSTONE_KEY = "development-tombstone-key-not-for-production";

    static final String ALLOW = "coproduction.allow-development-key";

    void onStart(@Observes StartupEvent start) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = problems(ConfigProvider.getConfig());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(" ", problems)
                    + " Configure this deployment's own, or set COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true for a"
                    + " development run on this machine only.");
        }
    }

    /** What would make a production start unsafe; empty when none, or when the development key is allowed. */
    static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        if (config.getOptionalValue(ALLOW, Boolean.class).orElse(false)) {
            return problems;
        }
        Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        Optional<String> location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
        if (inline.map(DeploymentKeyCheck::isDevelopmentKey).orElse(false)
                || location.map(DeploymentKeyCheck::read)
                        .map(DeploymentKeyCheck::isDevelopmentKey)
                        .orElse(false)) {
            problems.add(
                    "Tokens are verified with the development public key of dev-keys/, which anyone can sign for.");
        }
        String tombstoneKey = config.getOptionalValue("coproduction.tombstone.key", String.class)
                .orElse(DEVELOPMENT_TOMBSTONE_KEY);
        if (DEVELOPMENT_TOMBSTONE_KEY.equals(tombstoneKey)) {
            problems.add("The tombstone key (COPRODUCTION_TOMBSTONE_KEY) is the development default.");
        }
        return problems;
    }

    static boolean isDevelopmentKey(String pem) {
        return pem != null && body(pem).equals(DEVELOPMENT_PUBLIC_KEY);
    }

    /** The base64 body of a PEM (or of a bare base64 key), without armour or whitespace. */
    static String body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    /** The key at a {@code file:}, {@code classpath:} or plain path location; {@code null} for a URL or nothing there. */
    static String read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
                try (InputStream in =
                        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                    return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            if (location.contains("://") && !location.startsWith("file:")) {
                return null; // a JWKS or PEM served by the identity provider: not the repository's file
            }
            Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            return Files.isReadable(path) ? Files.readString(path) : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
