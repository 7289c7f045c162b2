package org.coproduction.portal.a11y;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.coproduction.portal.support.Portal;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person's visits to the running portal in a real browser: signed in by their link, as from an email. */
final class PortalBrowser {

    final ChromeDriver driver;
    private final String base;

    PortalBrowser(ChromeDriver driver, URL portal) {
        this.driver = driver;
        String url = portal.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String url(String path) {
        return base + path;
    }

    /** Opens the link a person's email carries; the portal sets its cookie and sends them on to their sessions. */
    void signIn(UUID person) {
        openLink(Portal.link(person));
    }

    void openLink(String link) {
        driver.manage().deleteAllCookies();
        driver.get(url("/coming-up?link=" + link));
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Opens a page in one language ({@code ?lang=}) and waits until it has loaded. */
    void open(String path, String lang) {
        driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
        loaded();
    }

    void loaded() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState"))
                        && !d.findElements(By.tagName("h1")).isEmpty());
    }

    String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    void quit() {
        driver.quit();
    }
}
