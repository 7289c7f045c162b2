package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 13, on the real jars: a digest gives each reader the version of an update in their language and at their
 * reading level, and says so when it has none in their language. The digests pass axe-core.
 */
class ReaderLanguageIT {

    static final String NOT_YET_IN_WELSH = "Heb ei gyfieithu i'r Gymraeg eto";

    static Coordinator coordinator;
    static ChromeDriver browser;
    final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        coordinator = new Coordinator(SuiteEnvironment.get());
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWelshPlainLanguageReaderGetsTheWelshPlainVersionAndTheEnglishOriginalMarked() throws Exception {
        People.Person eleri = new People.Person("eleri", "Eleri Hughes", "Eleri", "LIVED_EXPERIENCE")
                .language("cy", null)
                .plainLanguage();
        UUID eleriId = coordinator.register(eleri);
        UUID projectId = coordinator.project("Welsh updates " + unique, List.of(eleriId));
        coordinator.postUpdate(projectId, Updates.training());
        coordinator.postUpdate(projectId, Updates.spring());

        coordinator.forcedRun(List.of(eleriId));
        Mailbox.Mail digest = coordinator.awaitMailsTo(eleri.email(), 1).get(0);
        String text = Mailbox.words(digest.html());

        assertThat(digest.html()).contains("lang=\"cy\"");
        assertThat(text)
                .as("the Welsh plain version of the training update, not the standard Welsh nor the English")
                .contains("Hyfforddiant i bobl newydd", "Bydd diwrnod hyfforddi ym mis Ionawr.")
                .doesNotContain("Byddwn yn cynnal diwrnod hyfforddiant", "We will run a training day");
        assertThat(text)
                .as("the English original of the update with no Welsh version")
                .contains("Dates for the spring", "The spring meetings will be on the first Monday of each month.");
        assertThat(around(text, "Dates for the spring", "The spring meetings will be on the first Monday"))
                .as("the English update is marked as not yet in Welsh")
                .contains(NOT_YET_IN_WELSH);
        assertThat(text.split(Pattern.quote(NOT_YET_IN_WELSH), -1))
                .as("one mark, for the one update not in Welsh")
                .hasSize(2);

        MailPages.check(browser, "digest-cy", digest.html());
    }

    @Test
    void anEnglishEasyReadReaderGetsThePlainEnglishVersionAndNothingMarked() throws Exception {
        People.Person hana = new People.Person("hana", "Hana Begum", "Hana", "LIVED_EXPERIENCE").needs("EASY_READ");
        UUID hanaId = coordinator.register(hana);
        UUID projectId = coordinator.project("Easy read updates " + unique, List.of(hanaId));
        coordinator.postUpdate(projectId, Updates.training());
        coordinator.postUpdate(projectId, Updates.spring());

        coordinator.forcedRun(List.of(hanaId));
        Mailbox.Mail digest = coordinator.awaitMailsTo(hana.email(), 1).get(0);
        String text = Mailbox.words(digest.html());

        assertThat(digest.html()).contains("lang=\"en\"");
        assertThat(text)
                .contains("Training for new people", "There is a training day in January.")
                .doesNotContain("We will run a training day", "Hyfforddiant")
                .contains("Dates for the spring")
                .doesNotContain(NOT_YET_IN_WELSH, "Not yet in");

        MailPages.check(browser, "digest-en", digest.html());
    }

    /** The text from a little before the first phrase to a little after the second: one item of a digest. */
    static String around(String text, String first, String last) {
        int from = text.indexOf(first);
        int to = text.indexOf(last, Math.max(from, 0));
        assertThat(from).as("'" + first + "' in the text").isNotNegative();
        assertThat(to).as("'" + last + "' after it").isNotNegative();
        return text.substring(Math.max(0, from - 120), Math.min(text.length(), to + last.length() + 120));
    }
}
