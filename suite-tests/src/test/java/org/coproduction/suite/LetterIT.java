package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 13, on the real jars: someone who asked to hear by post gets their digest as a printable letter, waiting in
 * the delivery log for the coordinator to print and post, and no email, even if they have an address. The letter's
 * HTML passes axe-core.
 */
class LetterIT {

    static SuiteEnvironment suite;
    static Coordinator coordinator;
    static ChromeDriver browser;
    final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        suite = SuiteEnvironment.get();
        coordinator = new Coordinator(suite);
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderByPostGetsAPrintableLetterInTheLogAndNoEmail() throws Exception {
        String brynName = "Bryn Morgan " + unique;
        People.Person bryn = new People.Person("bryn", brynName, "Bryn", "LIVED_EXPERIENCE")
                .noEmail()
                .channel("POST")
                .postalAddress(List.of("Flat 2, 14 Castle Street", "Aberystwyth"), "SY23 1AB");
        People.Person carys = new People.Person("carys", "Carys Price " + unique, "Carys", "LIVED_EXPERIENCE")
                .channel("POST")
                .postalAddress(List.of("7 Chapel Row", "Lampeter"), "SA48 7AA");
        UUID brynId = coordinator.register(bryn);
        UUID carysId = coordinator.register(carys);
        UUID projectId = coordinator.project("Letters " + unique, List.of(brynId, carysId));
        coordinator.postUpdate(projectId, Updates.spring());

        coordinator.forcedRun(List.of(brynId, carysId));
        String letterId =
                (String) coordinator.awaitDelivery(brynId, "DIGEST", "READY").get("id");
        String carysLetterId =
                (String) coordinator.awaitDelivery(carysId, "DIGEST", "READY").get("id");

        List<String> ready = coordinator
                .to(suite.notifications)
                .queryParam("status", "READY")
                .queryParam("size", 200)
                .get("/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
        assertThat(ready).as("waiting to be printed").contains(letterId, carysLetterId);

        Response pdf = coordinator
                .to(suite.notifications)
                .accept("application/pdf")
                .get("/deliveries/" + letterId + "/document");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isNotBlank();
        String printed;
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(printed)
                .as("the letter's address block")
                .contains(brynName, "Flat 2, 14 Castle Street", "Aberystwyth", "SY23 1AB");

        Response html =
                coordinator.to(suite.notifications).accept("text/html").get("/deliveries/" + letterId + "/document");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(Mailbox.words(html.asString())).contains(brynName, "SY23 1AB");
        MailPages.check(browser, "letter", html.asString());

        coordinator
                .to(suite.notifications)
                .post("/deliveries/" + letterId + "/posted")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("POSTED"));
        coordinator
                .to(suite.notifications)
                .post("/deliveries/" + letterId + "/posted")
                .then()
                .statusCode(409);
        assertThat(coordinator.deliveries(brynId, "DIGEST"))
                .singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("POSTED"));

        // Carys has an email address too, but asked for post: nothing is mailed to her, and nothing names Bryn.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Mailbox.Mail> all = Mailbox.read(suite.smtp.received());
            assertThat(Mailbox.to(all, carys.email()))
                    .as("mail to a reader by post")
                    .isEmpty();
            assertThat(all)
                    .as("mail naming a reader by post")
                    .noneMatch(m -> String.valueOf(m.html()).contains(brynName)
                            || String.valueOf(m.text()).contains(brynName));
        });
        assertThat(coordinator.deliveries(carysId, "DIGEST"))
                .singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("READY"));
    }
}
