package org.coproduction.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Tokens from scripts/token.sh, exactly as the README tells a person to make them. */
final class Tokens {

    private Tokens() {
    }

    static String coordinator() {
        return mint("coordinator");
    }

    static String service() {
        return mint("service");
    }

    static String participant(UUID id) {
        return mint("participant", id.toString());
    }

    private static String mint(String... args) {
        Path script = SuiteEnvironment.root().resolve("scripts/token.sh");
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                throw new IllegalStateException("scripts/token.sh " + String.join(" ", args) + " failed: "
                        + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
