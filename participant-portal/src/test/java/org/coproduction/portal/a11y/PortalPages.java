package org.coproduction.portal.a11y;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.coproduction.portal.support.Portal;
import org.coproduction.portal.support.Stubs;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every page a person can see, each reached as they would reach it (signed in or not, a form sent with mistakes). */
final class PortalPages {

    /** A page and how to get to it in one language. */
    record Visit(String name, BiConsumer<PortalBrowser, String> open) {
        void open(PortalBrowser browser, String lang) {
            open.accept(browser, lang);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private PortalPages() {}

    static Visit signedIn(Stubs stubs, String path) {
        return new Visit(path, (b, lang) -> {
            b.signIn(stubs.person);
            b.open(path, lang);
        });
    }

    static List<Visit> all(Stubs stubs) {
        String session = "/coming-up/" + stubs.session;
        return List.of(
                new Visit("/ (sign in)", (b, lang) -> {
                    b.signOut();
                    b.open("/", lang);
                }),
                new Visit("/ with a mistyped email", (b, lang) -> {
                    b.signOut();
                    b.open("/", lang);
                    b.driver.findElement(By.id("email")).sendKeys("not an address");
                    submit(b, "form[action='/link']");
                    showsErrors(b);
                }),
                signedIn(stubs, "/coming-up"),
                new Visit("/coming-up/{session}", (b, lang) -> {
                    b.signIn(stubs.person);
                    b.open(session, lang);
                }),
                new Visit("/coming-up/{session}?answer=NOT_COMING", (b, lang) -> {
                    b.signIn(stubs.person);
                    b.open(session + "?answer=NOT_COMING", lang);
                }),
                signedIn(stubs, "/free"),
                new Visit("/free/weekly with an end before the start", (b, lang) -> {
                    b.signIn(stubs.person);
                    b.open("/free", lang);
                    setValue(b, "start-0", "21:00");
                    setValue(b, "end-0", "19:00");
                    submit(b, "form[action='/free/weekly']");
                    showsErrors(b);
                }),
                signedIn(stubs, "/needs"),
                signedIn(stubs, "/hear"),
                new Visit("/hear with Phone chosen (its number field shown)", (b, lang) -> {
                    b.signIn(stubs.person);
                    b.open("/hear", lang);
                    b.driver.findElement(By.id("channel-phone")).click();
                    if (!b.driver.findElement(By.id("phone")).isDisplayed()) {
                        throw new AssertionError("choosing Phone did not show the phone number field");
                    }
                }),
                new Visit("/hear with Post chosen and no address", (b, lang) -> {
                    b.signIn(stubs.person);
                    b.open("/hear", lang);
                    b.driver.findElement(By.id("channel-post")).click();
                    submit(b, "form[action='/hear']");
                    showsErrors(b);
                }),
                signedIn(stubs, "/hear/preview"),
                signedIn(stubs, "/money"),
                new Visit("/money with yes and a limit that is not an amount", (b, lang) -> {
                    b.signIn(stubs.person);
                    b.open("/money", lang);
                    setValue(b, "limit", "twenty");
                    submit(b, "form[action='/money']");
                    showsErrors(b);
                }),
                signedIn(stubs, "/proposals"),
                signedIn(stubs, "/proposals/" + stubs.proposal),
                new Visit("/proposals/{proposal} sent with no answer chosen", (b, lang) -> {
                    b.signIn(stubs.person);
                    b.open("/proposals/" + stubs.proposal, lang);
                    submit(b, "form[action='/proposals/" + stubs.proposal + "/answer']");
                    showsErrors(b);
                }),
                signedIn(stubs, "/break"),
                signedIn(stubs, "/given"),
                signedIn(stubs, "/my-data"),
                signedIn(stubs, "/email/confirm?token=abc123"),
                new Visit("link does not work", (b, lang) -> {
                    b.signOut();
                    b.open("/coming-up?link=this-link-was-cut-short", lang);
                }),
                new Visit("newer link needed (/needs, link 25 hours old)", (b, lang) -> {
                    b.openLink(Portal.linkIssuedAgo(stubs.person, Duration.ofHours(25)));
                    b.open("/needs", lang);
                }));
    }

    /** Types into a field as a person would (time fields take what the browser's own control accepts). */
    private static void setValue(PortalBrowser b, String id, String value) {
        WebElement field = b.driver.findElement(By.id(id));
        if ("time".equals(field.getAttribute("type"))) {
            // A time field's typing depends on the browser's locale; the value it submits is the same either way.
            b.driver.executeScript("arguments[0].value = arguments[1]", field, value);
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    private static void showsErrors(PortalBrowser b) {
        if (b.driver.findElements(By.cssSelector(".error-summary li a")).isEmpty()
                || b.driver.findElements(By.cssSelector("[aria-invalid=true]")).isEmpty()) {
            throw new AssertionError("the form did not come back with its mistakes shown: " + b.driver.getCurrentUrl());
        }
    }

    private static void submit(PortalBrowser b, String form) {
        WebElement button = b.driver.findElement(By.cssSelector(form + " button[type=submit]"));
        button.click();
        // The old page is gone once its button is: Chromium reports that either as a stale element or, mid-navigation,
        // as a node that "does not belong to the document"; both mean the form was sent.
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        b.loaded();
    }
}
