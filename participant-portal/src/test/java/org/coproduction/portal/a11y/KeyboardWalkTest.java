package org.coproduction.portal.a11y;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.coproduction.portal.support.InjectWireMock;
import org.coproduction.portal.support.ServicesWireMock;
import org.coproduction.portal.support.Stubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Someone who uses only a keyboard answers "I can't come": skip link first, Tab to the session, Enter, arrow keys for
 * the answer, type the reason, Enter to send. Every stop on the way shows where the focus is.
 */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class KeyboardWalkTest {

    @InjectWireMock
    WireMockServer services;

    @TestHTTPResource("/")
    URL portal;

    private PortalBrowser browser;
    private final List<String> stops = new ArrayList<>();

    @BeforeEach
    void open() {
        browser = new PortalBrowser(Chromium.open(1280, 1000), portal);
        services.resetAll();
    }

    @AfterEach
    void close() {
        System.out.println("keyboard stops: " + String.join(" | ", stops));
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void answerICantComeWithTheKeyboardOnly() {
        Stubs stubs = new Stubs(services).everything("en", "HTML");
        browser.signIn(stubs.person);
        browser.open("/coming-up", "en");
        assertThat(browser.title()).isEqualTo("Coming up");

        // The skip link is the first stop, shows itself, and moves the focus to the main content.
        WebElement skip = tab();
        assertThat(skip.getAttribute("class")).contains("skip-link");
        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getRect().getX())
                .as("the focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);
        keys(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).endsWith("#main");
        assertThat(focused().getAttribute("id")).isEqualTo("main");
        assertFocusVisible(focused());

        // On from the main content to the session's link; Enter opens it.
        WebElement details = tabUntil(e -> e.getText().startsWith("Details and your answer"), 20);
        assertThat(details.getText()).isEqualTo("Details and your answer: Planning the new crisis line");
        keys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("/coming-up/" + stubs.session));
        browser.loaded();
        assertThat(browser.title()).isEqualTo("Planning the new crisis line");

        // Into the answer: Tab reaches the radio group, an arrow key chooses "I can't come".
        WebElement radio = tabUntil(e -> "answer".equals(e.getAttribute("name")), 30);
        if (!"answer-not-coming".equals(radio.getAttribute("id"))) {
            keys(Keys.ARROW_DOWN);
        }
        WebElement notComing = focused();
        assertThat(notComing.getAttribute("id")).isEqualTo("answer-not-coming");
        if (!notComing.isSelected()) {
            keys(Keys.SPACE);
        }
        assertThat(notComing.isSelected()).as("I can't come is chosen").isTrue();
        assertThat(browser.driver.findElement(By.id("answer-coming")).isSelected())
                .isFalse();
        assertFocusVisible(notComing);

        WebElement reason = tab();
        assertThat(reason.getAttribute("id")).isEqualTo("reason");
        keys("Hospital appointment");
        WebElement send = tab();
        assertThat(send.getText()).isEqualTo("Send my answer");
        keys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> {
            try {
                send.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // Stale, or "does not belong to the document" mid-navigation: the form was sent.
                return true;
            }
        });
        browser.loaded();

        services.verify(
                1,
                putRequestedFor(urlPathEqualTo("/sessions/" + stubs.session + "/answers/" + stubs.person))
                        .withRequestBody(
                                equalToJson("{\"answer\":\"NOT_COMING\",\"reason\":\"Hospital appointment\"}")));
        assertThat(browser.driver.findElement(By.cssSelector(".notice")).getText())
                .contains("you can't come");
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    /** One press of Tab; the element it lands on must show its focus. */
    private WebElement tab() {
        keys(Keys.TAB);
        WebElement now = focused();
        assertFocusVisible(now);
        return now;
    }

    private WebElement tabUntil(Predicate<WebElement> wanted, int most) {
        for (int i = 0; i < most; i++) {
            WebElement now = tab();
            if (wanted.test(now)) {
                return now;
            }
        }
        throw new AssertionError("not reached in " + most + " presses of Tab; stops: " + stops);
    }

    /** A visible focus: an outline (style not none, width not 0) or a box shadow. */
    private void assertFocusVisible(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Object> style = (List<Object>) browser.driver.executeScript("""
                const e = arguments[0], s = getComputedStyle(e);
                return [e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.innerText || e.value || '').trim().slice(0, 40) + '"',
                        s.outlineStyle, s.outlineWidth, s.boxShadow];
                """, element);
        stops.add(String.valueOf(style.get(0)));
        boolean outline = !"none".equals(style.get(1)) && !"0px".equals(style.get(2));
        boolean shadow = !"none".equals(style.get(3));
        assertThat(outline || shadow)
                .as("focus visible on " + style.get(0) + " (outline " + style.get(1) + " " + style.get(2)
                        + ", box-shadow " + style.get(3) + ")")
                .isTrue();
    }
}
