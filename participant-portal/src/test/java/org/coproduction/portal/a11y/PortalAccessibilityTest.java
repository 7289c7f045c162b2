package org.coproduction.portal.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.portal.a11y.PortalPages.Visit;
import org.coproduction.portal.support.InjectWireMock;
import org.coproduction.portal.support.ServicesWireMock;
import org.coproduction.portal.support.Stubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on every page, in English and Welsh and in large print: no serious
 * or critical violation anywhere, and at 640 CSS pixels wide (200% zoom of a 1280 pixel screen) no page scrolls
 * sideways. Lesser findings are printed for a person to judge.
 */
@QuarkusTest
@QuarkusTestResource(ServicesWireMock.class)
class PortalAccessibilityTest {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    @InjectWireMock
    WireMockServer services;

    @TestHTTPResource("/")
    URL portal;

    private PortalBrowser browser;

    @BeforeEach
    void open() {
        browser = new PortalBrowser(Chromium.open(1280, 1000), portal);
        services.resetAll();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void noSeriousOrCriticalViolationOnAnyPageInEnglishWelshOrLargePrint() {
        List<String> blocking = new ArrayList<>();
        Stubs plain = new Stubs(services).everything("en", "HTML");
        for (String lang : List.of("en", "cy")) {
            for (Visit page : PortalPages.all(plain)) {
                blocking.addAll(check(page, lang, ""));
            }
        }
        Stubs largePrint = new Stubs(services).everything("en", "LARGE_PRINT");
        for (String lang : List.of("en", "cy")) {
            for (Visit page : PortalPages.all(largePrint)) {
                blocking.addAll(check(page, lang, " large print"));
            }
        }
        assertThat(blocking).as("serious or critical axe violations").isEmpty();
    }

    /** The check itself works on these pages (their security headers do not stop axe): a field without a label fails. */
    @Test
    void axeFindsAFieldWithoutALabel() {
        Stubs stubs = new Stubs(services).everything("en", "HTML");
        PortalPages.signedIn(stubs, "/hear").open(browser, "en");
        browser.driver.executeScript(
                "const i = document.createElement('input'); i.type = 'text'; document.querySelector('main').append(i);");
        List<Rule> violations =
                new AxeBuilder().withTags(WCAG).analyze(browser.driver).getViolations();
        assertThat(violations).anySatisfy(rule -> {
            assertThat(rule.getId()).isEqualTo("label");
            assertThat(rule.getImpact()).isIn(BLOCKING);
        });
    }

    @Test
    void noPageScrollsSidewaysAt640CssPixelsWide() {
        Chromium.viewport(browser.driver, 640, 900);
        List<String> wide = new ArrayList<>();
        Stubs plain = new Stubs(services).everything("en", "HTML");
        Stubs largePrint = new Stubs(services).everything("cy", "LARGE_PRINT");
        for (Stubs stubs : List.of(plain, largePrint)) {
            for (String lang : List.of("en", "cy")) {
                for (Visit page : PortalPages.all(stubs)) {
                    page.open(browser, lang);
                    long inner = ((Number) browser.driver.executeScript("return window.innerWidth")).longValue();
                    assertThat(inner).as("viewport width").isEqualTo(640);
                    long scroll = ((Number) browser.driver.executeScript("return document.documentElement.scrollWidth"))
                            .longValue();
                    long client = ((Number) browser.driver.executeScript("return document.documentElement.clientWidth"))
                            .longValue();
                    if (scroll > client) {
                        wide.add(page + " [" + lang + (stubs == largePrint ? " large print" : "") + "]: " + scroll
                                + " > " + client + " " + widest());
                    }
                }
            }
        }
        assertThat(wide).as("pages that scroll sideways at 640px").isEmpty();
    }

    /** The elements that stick out past the right edge, to say what to fix. */
    private String widest() {
        return String.valueOf(browser.driver.executeScript("""
                const w = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > w + 0.5)
                  .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + ' ' + Math.round(e.getBoundingClientRect().right));
                """));
    }

    private List<String> check(Visit page, String lang, String variant) {
        page.open(browser, lang);
        String where = page + " [" + lang + variant + "] \"" + browser.title() + "\"";
        String htmlLang = browser.driver
                .findElement(org.openqa.selenium.By.tagName("html"))
                .getAttribute("lang");
        assertThat(htmlLang).as(where + " html lang").isEqualTo(lang);
        if (!variant.isEmpty()
                && !where.contains("sign in")
                && !where.contains("link does not work")
                && !where.contains("email")) {
            assertThat(browser.driver
                            .findElement(org.openqa.selenium.By.tagName("body"))
                            .getAttribute("class"))
                    .as(where + " body class")
                    .contains("large-print");
        }
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser.driver);
        assertThat(results.getPasses()).as(where + ": axe ran its rules").hasSizeGreaterThan(10);
        List<Rule> violations = results.getViolations();
        List<String> blocking = new ArrayList<>();
        for (Rule rule : violations) {
            String line = where + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                    + rule.getNodes().stream()
                            .map(n -> n.getTarget() + " " + n.getHtml())
                            .collect(Collectors.joining("; "));
            if (BLOCKING.contains(rule.getImpact())) {
                blocking.add(line);
            }
            System.out.println("axe: " + line);
        }
        System.out.println("axe: " + where + ": " + violations.size() + " violation(s), "
                + results.getPasses().size()
                + " rules passed, to check by eye: "
                + results.getIncomplete().stream().map(Rule::getId).toList());
        return blocking;
    }
}
