package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 15, on the real jars: a project's evidence against the seven National Standards for Community Engagement
 * after a small story (a meeting two of three came to, its summary with two actions, a time payment claimed and paid
 * the same day, a proposal every member agreed to) shows all seven standards in their order with figures that match
 * the story, and the weakest with advice; the printable page passes axe-core.
 */
class StandardsIT {

    static final List<String> SEVEN =
            List.of("INCLUSION", "SUPPORT", "PLANNING", "WORKING_TOGETHER", "METHODS", "COMMUNICATION", "IMPACT");

    static SuiteEnvironment suite;
    static Coordinator coordinator;
    static Ledger ledger;
    static Decisions decisions;
    static ChromeDriver browser;
    final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        suite = SuiteEnvironment.get();
        coordinator = new Coordinator(suite);
        ledger = new Ledger(suite);
        decisions = new Decisions(suite);
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void allSevenStandardsWithFiguresThatMatchTheStoryAndAPrintablePage() throws Exception {
        UUID lowenna =
                coordinator.register(new People.Person("lowenna", "Lowenna Pascoe", "Lowenna", "LIVED_EXPERIENCE")
                        .money("WANTS_PAYMENT", false, false));
        UUID tegid = coordinator.register(new People.Person("tegid", "Tegid Owen", "Tegid", "LIVED_EXPERIENCE")
                .money("WANTS_PAYMENT", false, false));
        UUID paul = coordinator.register(
                new People.Person("paul", "Paul Kerr", "Paul", "PRACTITIONER").money("DECLINES_PAYMENT", false, false));
        List<UUID> members = List.of(lowenna, tegid, paul);
        String projectName = "Standards " + unique;
        UUID projectId = coordinator.project(projectName, members);

        // A meeting two days ago, arranged today (so without 14 days' notice): Lowenna and Paul came, Tegid did not.
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.HOURS);
        UUID sessionId = coordinator.onlineSession(Map.of(), projectId, "Where next " + unique, start, members);
        coordinator.attended(sessionId, List.of(lowenna, paul));
        // Two actions, both owned: Lowenna's (lived experience) has a due date and is done; Paul's has none.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Map<String, Object> leaflet = new HashMap<>(Map.of(
                "description",
                "Write the leaflet",
                "ownerId",
                lowenna,
                "due",
                today.plusDays(14).toString()));
        Map<String, Object> room = Map.of("description", "Ask the library about a room", "ownerId", paul);
        Response summary = coordinator
                .to(suite.sessions)
                .body(Map.of(
                        "summary",
                        "We chose the library for the next meetings.",
                        "decisions",
                        List.of("Meet at the library"),
                        "actions",
                        List.of(leaflet, room)))
                .put("/sessions/" + sessionId + "/summary");
        assertThat(summary.statusCode()).as(summary.asString()).isEqualTo(200);
        String leafletId = summary.jsonPath().getString("actions.find { it.ownerId == '" + lowenna + "' }.id");
        ledger.asPerson(lowenna)
                .body(Map.of("done", true))
                .patch("/sessions/" + sessionId + "/actions/" + leafletId)
                .then()
                .statusCode(200);

        // Lowenna's time is claimed, approved and paid the same day: within 14 days.
        String time = (String) ledger.line(sessionId, lowenna, "TIME").get("id");
        Ledger.ok(ledger.claim(ledger.asPerson(lowenna), time, new BigDecimal("25.00"), null));
        ledger.approveAndPay(time, "MONEY", today, "BACS-0101");

        // Every member agrees to a proposal: it is decided with all of them answering.
        UUID proposalId = decisions.propose(
                projectId, "Meet at the library " + unique, "The library has a step-free room.", start.plusDays(9));
        for (UUID member : members) {
            Decisions.ok(decisions.answer(proposalId, member, "AGREE", null));
        }
        assertThat(decisions.get(proposalId)).containsEntry("status", "CLOSED");

        Response response = coordinator.to(suite.sessions).get("/projects/" + projectId + "/standards");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        JsonPath evidence = JsonPath.from(response.asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertThat(evidence.getString("projectId")).isEqualTo(projectId.toString());
        assertThat(evidence.getString("projectName")).isEqualTo(projectName);
        assertThat(evidence.getList("standards.standard", String.class)).containsExactlyElementsOf(SEVEN);
        Map<String, Map<String, Object>> indicators = indicators(evidence);

        assertFigure(indicators, "INVITATIONS_ATTENDED", 2, 3, "0.67");
        assertFigure(indicators, "LIVED_EXPERIENCE_ATTENDEES", 1, 2, "0.50");
        assertFigure(indicators, "PAYMENTS_WITHIN_14_DAYS", 1, 1, "1.00");
        assertFigure(indicators, "SESSIONS_WITH_14_DAYS_NOTICE", 0, 1, "0.00");
        assertFigure(indicators, "ACTIONS_WITH_OWNER_AND_DATE", 1, 2, "0.50");
        assertFigure(indicators, "PROPOSALS_DECIDED_WITH_MEMBERS", 1, 1, "1.00");
        assertFigure(indicators, "ACTIONS_OWNED_BY_LIVED_EXPERIENCE", 1, 2, "0.50");
        assertFigure(indicators, "SESSIONS_WITH_MORE_THAN_ONE_WAY", 0, 1, "0.00");
        assertFigure(indicators, "INVITATIONS_ANSWERED_BEFORE", 0, 3, "0.00");
        assertFigure(indicators, "ACTIONS_COMPLETED", 1, 2, "0.50");
        assertFigure(indicators, "SESSIONS_WITH_SUMMARY", 1, 1, "1.00");
        assertThat(indicators.get("INVITATIONS_ATTENDED").get("sentence"))
                .isEqualTo("2 of 3 invitations led to someone coming (67%).");
        assertThat(indicators.get("PAYMENTS_WITHIN_14_DAYS").get("sentence"))
                .isEqualTo("1 of 1 claim was paid within 14 days (100%).");
        assertThat(indicators.get("PROPOSALS_DECIDED_WITH_MEMBERS").get("sentence"))
                .isEqualTo("1 of 1 proposal decided was answered by at least half the members (100%).");
        assertThat(indicators.get("SUPPORT_GIVEN"))
                .as("nobody asked for training or a mentor")
                .containsEntry("figure", null);
        assertThat((String) indicators.get("SUPPORT_GIVEN").get("sentence")).startsWith("Nothing to measure yet");

        assertThat(evidence.getList("standards.find { it.standard == 'COMMUNICATION' }.indicators.code", String.class))
                .containsExactly("DIGESTS_ON_TIME", "OWN_LANGUAGE_AND_FORMAT", "UPDATES_READABLE");
        assertThat(indicators.values())
                .as("every indicator has a name and a sentence")
                .allSatisfy(
                        i -> assertThat((String) i.get("sentence")).isNotBlank().endsWith("."));
        // Three figures are 0.00 (notice, ways to take part, answers before): the first in the standards' order.
        assertThat(evidence.getString("weakest.standard")).isEqualTo("PLANNING");
        assertThat(evidence.getString("weakest.code")).isEqualTo("SESSIONS_WITH_14_DAYS_NOTICE");
        assertThat(evidence.getString("weakest.advice")).contains("two weeks ahead");

        // The printable page for a funder or board.
        Response page = coordinator.to(suite.sessions).accept("text/html").get("/projects/" + projectId + "/standards");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.asString();
        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(Mailbox.words(html))
                .contains(projectName, "2 of 3 invitations led to someone coming (67%).")
                .contains("Inclusion", "Support", "Planning", "Working together", "Methods", "Communication", "Impact");
        MailPages.check(browser, "standards", html);

        coordinator
                .to(suite.sessions)
                .auth()
                .oauth2(TestTokens.participant(lowenna))
                .get("/projects/" + projectId + "/standards")
                .then()
                .statusCode(403);
    }

    private static void assertFigure(
            Map<String, Map<String, Object>> indicators, String code, int numerator, int denominator, String figure) {
        Map<String, Object> indicator = indicators.get(code);
        assertThat(indicator).as(code).isNotNull();
        assertThat(indicator.get("numerator")).as(code + " numerator").isEqualTo(numerator);
        assertThat(indicator.get("denominator")).as(code + " denominator").isEqualTo(denominator);
        assertThat(new BigDecimal(String.valueOf(indicator.get("figure"))))
                .as(code + " figure")
                .isEqualByComparingTo(figure);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> indicators(JsonPath evidence) {
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        for (Map<String, Object> standard : evidence.<Map<String, Object>>getList("standards")) {
            for (Map<String, Object> indicator : (List<Map<String, Object>>) standard.get("indicators")) {
                byCode.put((String) indicator.get("code"), indicator);
            }
        }
        return byCode;
    }
}
