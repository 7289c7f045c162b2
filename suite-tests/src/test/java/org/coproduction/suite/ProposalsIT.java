package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.platform.testing.Problems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 15, on the real jars: a proposal put to a project of three. Two agree and one objects: everyone has answered,
 * yet it stays open with no outcome while the objection stands; the objector cannot withdraw before the coordinator
 * has answered in writing; once answered and withdrawn it closes as agreed, with the counts and the lived-experience
 * and professional shares of those who answered. The next digest shows it under "Decided together" (and in Welsh for
 * a Welsh reader), and an open proposal someone has not answered under "Have your say". The digests pass axe-core.
 */
class ProposalsIT {

    static final String DECIDED_TOGETHER = "Decided together";
    static final String DECIDED_TOGETHER_CY = "Wedi'i benderfynu gyda'n gilydd";
    static final String HAVE_YOUR_SAY = "Have your say";
    private static final Pattern PROPOSAL_LINK =
            Pattern.compile("(https?://localhost:\\d+/proposals/([0-9a-f-]{36})\\?link=[^\"'\\s<>]+)");

    static SuiteEnvironment suite;
    static Coordinator coordinator;
    static Decisions decisions;
    static ChromeDriver browser;
    final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        suite = SuiteEnvironment.get();
        coordinator = new Coordinator(suite);
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
    void anObjectionKeepsItOpenUntilAnsweredAndWithdrawnThenItIsAgreedAndInTheNextDigest() throws Exception {
        People.Person catrin =
                new People.Person("catrin", "Catrin Howells", "Catrin", "LIVED_EXPERIENCE").language("cy", null);
        People.Person ifan = new People.Person("ifan", "Ifan Morris", "Ifan", "LIVED_EXPERIENCE");
        People.Person rhys = new People.Person("rhys", "Rhys Thomas", "Rhys", "PRACTITIONER");
        People.Person nerys = new People.Person("nerys", "Nerys Powell", "Nerys", "LIVED_EXPERIENCE");
        UUID catrinId = coordinator.register(catrin);
        UUID ifanId = coordinator.register(ifan);
        UUID rhysId = coordinator.register(rhys);
        UUID nerysId = coordinator.register(nerys);
        String projectName = "Meeting times " + unique;
        UUID projectId = coordinator.project(projectName, List.of(catrinId, ifanId, rhysId));
        OffsetDateTime closesAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).truncatedTo(ChronoUnit.SECONDS);
        String title = "Meet on Saturday mornings " + unique;
        UUID proposalId = decisions.propose(
                projectId,
                title,
                "Weekday evenings are hard for carers.\nShall we meet on Saturday mornings?",
                closesAt);

        Map<String, Object> open = decisions.get(proposalId);
        assertThat(open)
                .containsEntry("status", "OPEN")
                .containsEntry("members", 3)
                .containsEntry("outcome", null)
                .containsEntry("title", title);

        Decisions.ok(decisions.answer(proposalId, catrinId, "AGREE", null));
        Decisions.ok(decisions.answer(proposalId, rhysId, "AGREE", "Fine by me"));
        Map<String, Object> objected =
                Decisions.ok(decisions.answer(proposalId, ifanId, "OBJECT", "Saturday is my only day with my kids"));
        assertThat(objected)
                .as("everyone answered, one objection standing")
                .containsEntry("status", "OPEN")
                .containsEntry("outcome", null);
        assertThat(counts(objected))
                .containsEntry("agree", 2)
                .containsEntry("concerns", 0)
                .containsEntry("object", 1)
                .containsEntry("objectionsStanding", 1)
                .containsEntry("answered", 3);
        assertThat(objection(objected, ifanId)).containsEntry("standing", true).containsEntry("response", null);

        // Someone outside the project may not answer; the objector may not withdraw before a written response.
        Problems.assertProblem(decisions.answer(proposalId, nerysId, "AGREE", null), 403, "forbidden");
        Response early = decisions.withdraw(proposalId, ifanId);
        Problems.assertProblem(early, 409, "conflict");
        assertThat(early.jsonPath().getString("detail"))
                .isEqualTo("An objection can be withdrawn after the coordinator has answered it in writing.");
        assertThat(decisions.get(proposalId)).containsEntry("status", "OPEN");

        Map<String, Object> answered = Decisions.ok(decisions.respond(
                proposalId,
                ifanId,
                "We will keep one weekday evening a month for those who cannot come on Saturdays."));
        assertThat(answered).containsEntry("status", "OPEN").containsEntry("outcome", null);
        assertThat(objection(answered, ifanId)).containsEntry("standing", true);
        assertThat(objection(answered, ifanId).get("respondedAt")).isNotNull();

        Map<String, Object> closed = Decisions.ok(decisions.withdraw(proposalId, ifanId));
        assertThat(closed).as("after the withdrawal").containsEntry("status", "CLOSED");
        assertThat(objection(closed, ifanId)).containsEntry("standing", false);
        assertThat(objection(closed, ifanId).get("withdrawnAt")).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> outcome = (Map<String, Object>) closed.get("outcome");
        assertThat(outcome)
                .as("the outcome")
                .isNotNull()
                .containsEntry("result", "AGREED")
                .containsEntry("members", 3);
        assertThat(outcome.get("decidedAt")).isNotNull();
        assertThat(counts(outcome))
                .containsEntry("agree", 2)
                .containsEntry("objectionsStanding", 0)
                .containsEntry("answered", 3);
        assertThat(new BigDecimal(outcome.get("livedExperienceShare").toString()))
                .as("Catrin and Ifan of three who answered")
                .isEqualByComparingTo("0.67");
        assertThat(new BigDecimal(outcome.get("professionalShare").toString()))
                .as("Rhys of three who answered")
                .isEqualByComparingTo("0.33");
        // A closed proposal takes no more answers.
        Problems.assertProblem(decisions.answer(proposalId, rhysId, "CONCERNS", null), 409, "conflict");

        // Another proposal Rhys has not answered yet: his digest asks him to have his say.
        String other = "Try a walking meeting " + unique;
        UUID otherId = decisions.propose(projectId, other, "A walk round the park instead of a room.", closesAt);

        coordinator.forcedRun(List.of(rhysId, catrinId));
        Mailbox.Mail english = digest(rhys.email());
        String words = Mailbox.words(english.html());
        assertThat(words)
                .as("Rhys's digest")
                .contains(
                        DECIDED_TOGETHER,
                        title,
                        HAVE_YOUR_SAY,
                        other,
                        "1 of them took back their objection after a written reply.");
        assertThat(ReaderLanguageIT.around(words, DECIDED_TOGETHER, title))
                .as("the decided proposal")
                .contains(projectName);
        Matcher link = PROPOSAL_LINK.matcher(english.html());
        assertThat(link.find()).as("a link to have a say in Rhys's digest").isTrue();
        assertThat(link.group(1)).startsWith(suite.portalUrl + "/proposals/" + otherId + "?link=");
        MailPages.check(browser, "digest-decided-together", english.html());

        Mailbox.Mail welsh = digest(catrin.email());
        assertThat(welsh.html()).contains("lang=\"cy\"");
        assertThat(Mailbox.words(welsh.html()))
                .as("Catrin's digest, in Welsh")
                .contains(DECIDED_TOGETHER_CY, title)
                .doesNotContain(DECIDED_TOGETHER);
        MailPages.check(browser, "digest-decided-together-cy", welsh.html());
    }

    private static Mailbox.Mail digest(String address) {
        List<Mailbox.Mail> digests = coordinator.awaitMailsTo(address, 1).stream()
                .filter(Mailbox.Mail::isDigest)
                .toList();
        assertThat(digests).as("digests to " + address).hasSize(1);
        return digests.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> proposalOrOutcome) {
        return (Map<String, Object>) proposalOrOutcome.get("counts");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objection(Map<String, Object> proposal, UUID participantId) {
        return ((List<Map<String, Object>>) proposal.get("answers"))
                .stream()
                        .filter(a -> participantId.toString().equals(a.get("participantId")))
                        .findFirst()
                        .map(a -> (Map<String, Object>) a.get("objection"))
                        .orElseThrow(() -> new AssertionError("no answer of " + participantId + " in " + proposal));
    }
}
