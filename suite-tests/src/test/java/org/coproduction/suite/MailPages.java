package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the suite mailed or printed, opened in headless Chromium: axe-core checks each page (no serious or critical
 * issue), and a full-page picture of it is written for people to look at only when asked for, so that test runs
 * leave the tree clean: {@code -Dsuite.screenshots=../docs/screenshots}.
 */
final class MailPages {

    private MailPages() {}

    static Path dir() {
        return SuiteEnvironment.root().resolve("suite-tests/target/mail-pages");
    }

    /** Saves the page under its name, checks it with axe-core and, if asked for, writes its screenshot. */
    static void check(ChromeDriver browser, String name, String html) throws IOException {
        assertThat(html).as("the HTML of " + name).isNotBlank();
        Files.createDirectories(dir());
        Path file = dir().resolve(name + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        browser.get(file.toUri().toString());
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);
        assertThat(results.getViolations())
                .filteredOn(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .as("serious or critical accessibility violations in " + name + " (" + file + ")")
                .isEmpty();
        String target = System.getProperty("suite.screenshots");
        if (target != null && !target.isBlank()) {
            Path folder = Path.of(target);
            Files.createDirectories(folder);
            Path shot = folder.resolve(name + ".png");
            Files.write(shot, fullPage(browser));
            System.out.println("screenshot: " + shot.toAbsolutePath().normalize());
        }
    }

    /** The whole page, not only what fits in the window, as PNG bytes. */
    private static byte[] fullPage(ChromeDriver driver) {
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}
