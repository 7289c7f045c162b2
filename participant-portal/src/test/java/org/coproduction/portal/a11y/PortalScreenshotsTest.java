package org.coproduction.portal.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coproduction.portal.support.InjectWireMock;
import org.coproduction.portal.support.ServicesWireMock;
import org.coproduction.portal.support.Stubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Full-page pictures of the portal for docs/screenshots, written only when asked for, so that test runs leave the
 * tree clean: {@code ./mvnw -B -pl participant-portal verify -Dtest=PortalScreenshotsTest
 * -Dportal.screenshots=../docs/screenshots}.
 */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class PortalScreenshotsTest {

    static final int WIDTH = 1024;

    @InjectWireMock
    WireMockServer services;

    @TestHTTPResource("/")
    URL portal;

    private PortalBrowser browser;
    private Path folder;

    @BeforeEach
    void open() throws IOException {
        String target = System.getProperty("portal.screenshots");
        Assumptions.assumeTrue(
                target != null && !target.isBlank(), "screenshots are written only with -Dportal.screenshots=<folder>");
        folder = Path.of(target);
        Files.createDirectories(folder);
        browser = new PortalBrowser(Chromium.open(WIDTH, 800), portal);
        services.resetAll();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPage() throws IOException {
        Stubs stubs = new Stubs(services).everything("en", "HTML");
        browser.signIn(stubs.person);
        shot("/coming-up", "en", "portal-coming-up.png");
        shot("/coming-up/" + stubs.session + "?answer=NOT_COMING", "en", "portal-answer.png");
        shot("/free", "en", "portal-free.png");
        shot("/needs", "en", "portal-needs.png");
        shot("/hear", "en", "portal-hear.png");
        postWithoutAnAddress("portal-hear-post.png");
        shot("/break", "en", "portal-break.png");
        shot("/given", "en", "portal-given.png");
        shot("/my-data", "en", "portal-my-data.png");
        shot("/coming-up", "cy", "portal-coming-up-cy.png");
        shot("/money", "en", "portal-money.png");
        shot("/money", "cy", "portal-money-cy.png");
        shot("/proposals/" + stubs.proposal, "en", "portal-proposal.png");
        shot("/proposals/" + stubs.proposal, "cy", "portal-proposal-cy.png");

        browser.signOut();
        shot("/", "en", "portal-sign-in.png");

        Stubs largePrint = new Stubs(services).everything("en", "LARGE_PRINT");
        browser.signIn(largePrint.person);
        shot("/hear", "en", "portal-hear-large-print.png");
    }

    /** Post chosen and sent without an address: the fields it needs, open, with the error beside them. */
    private void postWithoutAnAddress(String name) throws IOException {
        browser.open("/hear", "en");
        browser.driver.findElement(By.id("channel-post")).click();
        browser.driver
                .findElement(By.cssSelector("form[action='/hear'] button[type=submit]"))
                .click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("address-error")).isEmpty());
        Path file = folder.resolve(name);
        Files.write(file, Chromium.fullPage(browser.driver));
        assertThat(Files.size(file)).isGreaterThan(1000);
        System.out.println("screenshot: " + file.toAbsolutePath().normalize());
    }

    private void shot(String path, String lang, String name) throws IOException {
        browser.open(path, lang);
        Path file = folder.resolve(name);
        Files.write(file, Chromium.fullPage(browser.driver));
        assertThat(Files.size(file)).isGreaterThan(1000);
        System.out.println("screenshot: " + file.toAbsolutePath().normalize());
    }
}
