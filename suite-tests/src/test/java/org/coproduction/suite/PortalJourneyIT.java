package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.platform.link.PortalLinks;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 11's "Done when", on the real jars: a participant opens the link from a real invitation email in a browser,
 * says they can't come, adds time away and switches to large print; their mail program's one-click unsubscribe stops
 * their digests. The coordinator's API shows each change, and the next digest run honours it.
 */
class PortalJourneyIT {

    private static final Pattern ANSWER_LINK = Pattern.compile(
            "(https?://localhost:\\d+/coming-up/[0-9a-f-]+\\?answer=NOT_COMING&(?:amp;)?link=[^\"'\\s<>]+)");

    static SuiteEnvironment suite;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        suite = SuiteEnvironment.get();
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    static RequestSpecification coordinator(ServiceProcess service) {
        return given().baseUri(service.url())
                .auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON);
    }

    @Test
    void aParticipantActsForThemselvesFromTheirEmail() throws Exception {
        People.Person nia = new People.Person("nia", "Nia Portal", "Nia", "LIVED_EXPERIENCE");
        UUID niaId = UUID.fromString(coordinator(suite.participants)
                .body(nia.body)
                .post("/participants")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        String projectId = coordinator(suite.sessions)
                .body(Map.of("name", "Portal journey " + niaId, "memberIds", List.of(niaId)))
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.HOURS);
        String sessionId = coordinator(suite.sessions)
                .body(Map.of(
                        "projectId", projectId,
                        "title", "Designing the welcome pack",
                        "type", "WORKSHOP",
                        "format", "ONLINE",
                        "joiningLink", "https://meet.example.org/welcome",
                        "start", start.toString(),
                        "end", start.plusHours(2).toString(),
                        "timeZone", "Europe/London",
                        "invitees", List.of(niaId)))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // 1. The invitation arrives with personal answer links; opening one changes nothing until confirmed.
        Mailbox.Mail invitation = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> Mailbox.to(Mailbox.read(suite.smtp.received()), nia.email()).stream()
                                .filter(m -> m.subject().startsWith("Invitation"))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        Matcher link = ANSWER_LINK.matcher(invitation.html());
        assertThat(link.find()).as("an I can't come link in the invitation").isTrue();
        browser.get(link.group(1).replace("&amp;", "&"));
        assertThat(browser.getCurrentUrl()).doesNotContain("link=");
        assertThat(answers(sessionId))
                .singleElement()
                .satisfies(a -> assertThat(a.get("answer")).isEqualTo("PENDING"));

        // 2. "I can't come", with a reason.
        WebElement notComing = browser.findElement(By.id("answer-not-coming"));
        assertThat(notComing.isSelected()).isTrue();
        browser.findElement(By.id("reason")).sendKeys("Hospital appointment");
        browser.findElement(By.cssSelector("form[action$='/answer'] button[type=submit]"))
                .click();
        waitForText("We have noted that you can't come");
        assertThat(answers(sessionId)).singleElement().satisfies(a -> {
            assertThat(a.get("participantId")).isEqualTo(niaId.toString());
            assertThat(a.get("answer")).isEqualTo("NOT_COMING");
            assertThat(a.get("reason")).isEqualTo("Hospital appointment");
        });
        List<Map<String, Object>> costLines = coordinator(suite.sessions)
                .get("/sessions/" + sessionId + "/costs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("lines");
        assertThat(costLines).noneMatch(l -> niaId.toString().equals(l.get("participantId")));

        // 3. Time away, entered as days.
        browser.findElement(By.linkText("When I'm free")).click();
        waitForElement("absence-from");
        LocalDate away = LocalDate.now().plusMonths(2);
        setDate("absence-from", away);
        setDate("absence-to", away.plusDays(2));
        browser.findElement(By.id("absence-reason")).sendKeys("family wedding");
        browser.findElement(By.cssSelector("form[action='/free/absences'] button[type=submit]"))
                .click();
        waitForText("Saved.");
        waitForText("family wedding");
        Map<String, Object> record = participant(niaId);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> unavailable =
                (List<Map<String, Object>>) ((Map<String, Object>) record.get("availability")).get("unavailable");
        assertThat(unavailable)
                .singleElement()
                .satisfies(a -> assertThat(a.get("reason")).isEqualTo("family wedding"));

        // 4. Large print, from How I hear from you; the pages themselves switch to it.
        browser.findElement(By.linkText("How I hear from you")).click();
        waitForElement("format-large-print");
        browser.findElement(By.id("format-large-print")).click();
        browser.findElement(By.cssSelector("form[action='/hear'] button[type=submit]"))
                .click();
        waitForAddress("/hear?saved=1");
        waitForText("Saved.");
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class"))
                .as("the page after saving: %s", browser.getPageSource())
                .contains("large-print");
        @SuppressWarnings("unchecked")
        Map<String, Object> communication =
                (Map<String, Object>) participant(niaId).get("communication");
        assertThat(communication.get("format")).isEqualTo("LARGE_PRINT");

        // 5. The next digest honours it: large print, with a one-click unsubscribe address.
        int before = mailsTo(nia.email());
        runDigestFor(niaId);
        MimeMessage digest =
                await().atMost(Duration.ofSeconds(60)).until(() -> lastMessageTo(nia.email(), before), m -> m != null);
        Mailbox.Mail digestMail = Mailbox.read(List.of(digest)).get(0);
        assertThat(digestMail.html()).contains("font-size: 24px");
        assertThat(digest.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = digest.getHeader("List-Unsubscribe", null).replaceAll(".*<(http[^>]+)>.*", "$1");

        // 6. The mail program's one-click unsubscribe: a plain POST, no cookie, no token.
        given().contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .post(unsubscribe)
                .then()
                .statusCode(200);
        coordinator(suite.notifications).get("/unsubscribes/" + niaId).then().statusCode(200);
        int afterUnsubscribe = mailsTo(nia.email());
        runDigestFor(niaId);
        assertThat(mailsTo(nia.email())).as("no digest after unsubscribing").isEqualTo(afterUnsubscribe);
    }

    @Test
    void theLinksOfAnErasedPersonOpenNothingAndAnAlteredLinkNeither() {
        People.Person owen = new People.Person("owen", "Owen Erased", "Owen", "LIVED_EXPERIENCE");
        UUID owenId = UUID.fromString(coordinator(suite.participants)
                .body(owen.body)
                .post("/participants")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        String link = new PortalLinks(PortalLinks.DEVELOPMENT_KEY, java.time.Clock.systemUTC())
                .sign(owenId, PortalLinks.Purpose.SIGN_IN);
        given().baseUri(suite.portalUrl)
                .redirects()
                .follow(false)
                .queryParam("link", link)
                .get("/hear")
                .then()
                .statusCode(303);
        String altered = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");
        given().baseUri(suite.portalUrl)
                .queryParam("link", altered)
                .get("/hear")
                .then()
                .statusCode(403)
                .body(org.hamcrest.Matchers.containsString("This link does not work"));

        coordinator(suite.participants).delete("/participants/" + owenId).then().statusCode(204);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().baseUri(suite.portalUrl)
                                .redirects()
                                .follow(false)
                                .queryParam("link", link)
                                .get("/hear")
                                .statusCode()
                        == 403);
        given().baseUri(suite.portalUrl)
                .queryParam("link", link)
                .get("/hear")
                .then()
                .body(org.hamcrest.Matchers.containsString("no longer opens"));
    }

    /** A form post answers with a redirect: wait for the page it leads to before reading it. */
    private void waitForElement(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** A form post answers with a redirect: the new page is read once it has arrived, never the old one. */
    private void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains(text));
    }

    private void waitForAddress(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
    }

    private void setDate(String id, LocalDate date) {
        // Typing into a date input depends on the browser's locale; setting its value is what a picker does.
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), date.toString());
    }

    private static List<Map<String, Object>> answers(String sessionId) {
        return coordinator(suite.sessions)
                .get("/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("answers");
    }

    private static Map<String, Object> participant(UUID id) {
        return coordinator(suite.participants)
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static void runDigestFor(UUID id) {
        String runId = coordinator(suite.notifications)
                .body(Map.of("participantIds", List.of(id), "force", true))
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> List.of("COMPLETED", "FINISHED")
                        .contains(coordinator(suite.notifications)
                                .get("/digests/runs/" + runId)
                                .then()
                                .extract()
                                .path("status")));
    }

    private static int mailsTo(String address) throws Exception {
        return Mailbox.to(Mailbox.read(suite.smtp.received()), address).size();
    }

    private static MimeMessage lastMessageTo(String address, int after) throws Exception {
        List<MimeMessage> mine = suite.smtp.received().stream()
                .filter(m -> {
                    try {
                        return m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]
                                .toString()
                                .toLowerCase()
                                .contains(address.toLowerCase());
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
        return mine.size() > after ? mine.get(mine.size() - 1) : null;
    }
}
