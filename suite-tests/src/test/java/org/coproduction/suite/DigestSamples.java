package org.coproduction.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Digests as they arrived, kept for the accessibility check and for people to look at. */
final class DigestSamples {

    private DigestSamples() {}

    static Path dir() {
        return SuiteEnvironment.root().resolve("suite-tests/target/digests");
    }

    static Path save(String name, String html) throws IOException {
        Files.createDirectories(dir());
        Path file = dir().resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }
}
