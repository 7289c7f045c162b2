package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 14, on the real jars: a member left out of the attendance of the project's last three sessions is noticed by
 * GET /engagement with the reason in plain words, and the engagement job, run twice, sends them one warm check-in in
 * their language (English, and Welsh for a Welsh reader) offering the portal's Taking a break page, and the project's
 * coordinator one summary naming them; a member on a break with the same history has no reasons and is never chased.
 * The check-ins pass axe-core.
 */
class EngagementIT {

    private static final Pattern BREAK_LINK = Pattern.compile("(https?://localhost:\\d+/break\\?link=[^\"'\\s<>]+)");

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
    void aMemberWhoMissedThreeSessionsIsNoticedAndCheckedInOnceAndSomeoneOnABreakIsNeverChased() throws Exception {
        People.Person lead = new People.Person("bethan", "Bethan Morgan", "Bethan", "COORDINATOR");
        People.Person carys = new People.Person("carys", "Carys Price", "Carys", "LIVED_EXPERIENCE");
        People.Person gwen =
                new People.Person("gwen", "Gwenllian Bowen", "Gwen", "LIVED_EXPERIENCE").language("cy", null);
        People.Person huw = new People.Person("huw", "Huw Jenkins", "Huw", "LIVED_EXPERIENCE");
        People.Person nia = new People.Person("nia", "Nia Roberts", "Nia", "LIVED_EXPERIENCE");
        UUID leadId = coordinator.register(lead);
        UUID carysId = coordinator.register(carys);
        UUID gwenId = coordinator.register(gwen);
        UUID huwId = coordinator.register(huw);
        UUID niaId = coordinator.register(nia);
        List<UUID> members = List.of(carysId, gwenId, huwId, niaId);
        UUID projectId = coordinator.project("Crisis line " + unique, members, List.of(leadId));

        // The last three weeks' meetings: only Nia came.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
        for (int weeksAgo = 3; weeksAgo >= 1; weeksAgo--) {
            UUID past = coordinator.onlineSession(
                    Map.of(),
                    projectId,
                    "Weekly meeting " + weeksAgo + " " + unique,
                    now.minusWeeks(weeksAgo),
                    members);
            coordinator.attended(past, List.of(niaId));
        }
        // Huw took a break after them (until a date within the year, as the portal allows).
        coordinator.patchParticipant(
                huwId,
                Map.of(
                        "status",
                        "PAUSED",
                        "pausedUntil",
                        now.plusMonths(2).toLocalDate().toString()));

        List<Map<String, Object>> people = engagement(projectId, null);
        assertThat(people).extracting(p -> p.get("participantId")).containsExactlyInAnyOrderElementsOf(ids(members));
        Map<String, Object> carysRow = row(people, carysId);
        assertThat(carysRow.get("missedInARow")).isEqualTo(3);
        assertThat(carysRow.get("lastAttendedAt")).isNull();
        assertThat(carysRow.get("onBreak")).isEqualTo(false);
        assertThat(reasons(carysRow))
                .as("Carys's reasons")
                .anySatisfy(r -> assertThat(r)
                        .containsEntry("code", "MISSED_SESSIONS")
                        .containsEntry("count", 3)
                        .containsEntry("text", "not at the last 3 sessions"));
        assertThat(reasons(row(people, gwenId))).extracting(r -> r.get("code")).contains("MISSED_SESSIONS");
        Map<String, Object> huwRow = row(people, huwId);
        assertThat(huwRow.get("status")).isEqualTo("PAUSED");
        assertThat(huwRow.get("onBreak")).isEqualTo(true);
        assertThat(reasons(huwRow)).as("reasons for Huw, on a break").isEmpty();
        assertThat(reasons(row(people, niaId))).as("reasons for Nia, who came").isEmpty();
        assertThat(people.indexOf(carysRow))
                .as("the drifting come first")
                .isLessThan(people.indexOf(row(people, niaId)));
        assertThat(engagement(projectId, true))
                .as("GET /engagement?drifting=true")
                .extracting(p -> p.get("participantId"))
                .containsExactlyInAnyOrder(carysId.toString(), gwenId.toString());

        Map<String, Object> first = run();
        assertThat((Integer) first.get("summaries"))
                .as("summaries of the first run")
                .isGreaterThanOrEqualTo(1);
        assertThat((Integer) first.get("checkIns"))
                .as("check-ins of the first run")
                .isGreaterThanOrEqualTo(2);
        // Everyone drifting was checked in on and every project summed up this week: a second run sends nothing.
        assertThat(run()).as("the second run").containsEntry("summaries", 0).containsEntry("checkIns", 0);

        Map<String, List<Mailbox.Mail>> mails = coordinator.exactlyMails(new LinkedHashMap<>(Map.of(
                carys.email(), 1,
                gwen.email(), 1,
                lead.email(), 1,
                huw.email(), 0,
                nia.email(), 0)));
        assertThat(row(engagement(projectId, null), carysId).get("lastCheckInAt"))
                .as("Carys's last check-in")
                .isNotNull();

        Mailbox.Mail checkIn = mails.get(carys.email()).get(0);
        assertThat(Mailbox.words(checkIn.html()))
                .as("Carys's check-in")
                .containsPattern("(?i)(don't|do not|need not|needn't)[^.]*reply")
                .containsIgnoringCase("break");
        String breakLink = breakLink(checkIn);
        MailPages.check(browser, "check-in", checkIn.html());

        Mailbox.Mail welsh = mails.get(gwen.email()).get(0);
        assertThat(welsh.html()).contains("lang=\"cy\"");
        assertThat(Mailbox.words(welsh.html()))
                .as("Gwen's check-in, in Welsh")
                .containsPattern("(?i)\\b(chi|eich|diolch|croeso)\\b")
                .doesNotContainPattern("(?i)\\b(you|your|thank)\\b");
        breakLink(welsh);
        MailPages.check(browser, "check-in-cy", welsh.html());

        Mailbox.Mail summary = mails.get(lead.email()).get(0);
        assertThat(Mailbox.words(summary.html()))
                .as("the coordinator's summary")
                .contains("Carys", "Gwen")
                .containsIgnoringCase("might need a call")
                .doesNotContain("Huw", "Nia");
        MailPages.check(browser, "engagement-summary", summary.html());

        // The check-in's link opens Carys's own Taking a break page, with the link gone from the address.
        browser.get(breakLink.replace("&amp;", "&"));
        assertThat(browser.getCurrentUrl()).endsWith("/break").doesNotContain("link=");
        assertThat(browser.getPageSource()).contains("action=\"/break/pause\"");
    }

    private static String breakLink(Mailbox.Mail mail) {
        Matcher link = BREAK_LINK.matcher(mail.html());
        assertThat(link.find())
                .as("a link to the portal's Taking a break page in " + mail.subject())
                .isTrue();
        assertThat(link.group(1)).startsWith(suite.portalUrl + "/break?link=");
        return link.group(1);
    }

    private static Map<String, Object> run() {
        return coordinator
                .to(suite.sessions)
                .post("/engagement/runs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static List<Map<String, Object>> engagement(UUID projectId, Boolean drifting) {
        var request = coordinator
                .to(suite.sessions)
                .queryParam("projectId", projectId)
                .queryParam("size", 200);
        if (drifting != null) {
            request = request.queryParam("drifting", drifting);
        }
        return request.get("/engagement")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static Map<String, Object> row(List<Map<String, Object>> people, UUID participantId) {
        return people.stream()
                .filter(p -> participantId.toString().equals(p.get("participantId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + participantId + " in " + people));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reasons(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("reasons");
    }

    private static List<String> ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
