package org.coproduction.portal.a11y;

import java.io.File;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through its own chromedriver (no download, no network; see shared/STACK.md). A test skips
 * only when the browser is not installed at all: CI installs it with scripts/ensure-chromium.sh.
 */
final class Chromium {

    static final String DRIVER = System.getProperty("portal.chromedriver", "/usr/bin/chromedriver");
    static final String BINARY = System.getProperty("portal.chromium", "/usr/bin/chromium");

    private Chromium() {}

    /** A browser with a window of this size, or the test is skipped if Chromium is absent. */
    static ChromeDriver open(int width, int height) {
        Assumptions.assumeTrue(
                new File(DRIVER).canExecute() && new File(BINARY).canExecute(),
                "Chromium is not installed: run scripts/ensure-chromium.sh");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--window-size=" + width + "," + height);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        viewport(driver, width, height);
        return driver;
    }

    /** Makes the page's viewport exactly this many CSS pixels (the window's frame differs between versions). */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The whole page, not only what fits in the window, as PNG bytes. */
    static byte[] fullPage(ChromeDriver driver) {
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
