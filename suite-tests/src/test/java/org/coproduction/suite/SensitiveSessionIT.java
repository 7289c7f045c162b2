package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
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
 * Issue 14, on the real jars: a session on a sensitive topic tells its invitees the content note and who the wellbeing
 * contact is, and is an access gap for everyone while no quiet space is arranged; after it, each person who came is
 * offered a follow-up once, however often attendance is recorded, and may decline it. The mails pass axe-core.
 */
class SensitiveSessionIT {

    private static final String CONTENT_NOTE = "We will talk about experiences of crisis care";

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
    void theInvitationCarriesTheContentNoteAndWellbeingContactAndAQuietSpaceIsNeededByEveryone() throws Exception {
        UUID rhianId = coordinator.register(new People.Person("rhian", "Rhian Davies", "Rhian", "PRACTITIONER"));
        People.Person alys =
                new People.Person("alys", "Alys Pritchard", "Alys", "LIVED_EXPERIENCE").needs("QUIET_SPACE");
        People.Person owen = new People.Person("owen", "Owen Lloyd", "Owen", "LIVED_EXPERIENCE");
        UUID alysId = coordinator.register(alys);
        UUID owenId = coordinator.register(owen);
        UUID projectId = coordinator.project("Crisis care " + unique, List.of(alysId, owenId));
        UUID venueId = coordinator.venue("Chapel Room " + unique, "1 Chapel Street, Bangor LL57 1AA");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(21)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(18);
        String title = "What crisis care was like " + unique;
        Map<String, Object> body = new HashMap<>(Map.of(
                "projectId",
                projectId,
                "title",
                title,
                "purpose",
                "Hear what helped and what did not",
                "type",
                "WORKSHOP",
                "format",
                "IN_PERSON",
                "venueId",
                venueId,
                "start",
                start.toString(),
                "end",
                start.plusHours(2).toString(),
                "timeZone",
                "Europe/London",
                "invitees",
                List.of(alysId, owenId)));
        body.put("sensitive", Map.of("contentNote", CONTENT_NOTE, "wellbeingContactId", rhianId));
        UUID sessionId = coordinator.session(body);

        Mailbox.Mail invitation =
                coordinator.awaitCalendarMailsTo(alys.email(), title, 1).get(0);
        assertThat(Mailbox.words(invitation.html()))
                .as("the invitation to a sensitive session")
                .contains(CONTENT_NOTE, "Rhian")
                .containsIgnoringCase("wellbeing contact")
                .containsIgnoringCase("without giving a reason");
        MailPages.check(browser, "invitation-sensitive", invitation.html());

        Map<String, Object> before = accessCheck(sessionId);
        assertThat(before.get("ok")).isEqualTo(false);
        assertThat(quietSpaceGaps(before))
                .as("QUIET_SPACE gaps while none is arranged: one for each invitee")
                .extracting(g -> g.get("participantId"))
                .containsExactlyInAnyOrder(alysId.toString(), owenId.toString());

        coordinator
                .to(suite.sessions)
                .contentType("application/merge-patch+json")
                .header("If-Match", coordinator.etag(sessionId))
                .body(Map.of("arrangements", Map.of("quietSpace", true)))
                .patch("/sessions/" + sessionId)
                .then()
                .statusCode(200);
        Map<String, Object> after = accessCheck(sessionId);
        assertThat(quietSpaceGaps(after))
                .as("QUIET_SPACE gaps once a quiet space is arranged")
                .isEmpty();
        assertThat(after.get("ok")).isEqualTo(true);
    }

    @Test
    void eachPersonWhoCameIsOfferedAFollowUpOnceAndMayDeclineIt() throws Exception {
        People.Person rhian = new People.Person("rhian", "Rhian Davies", "Rhian", "PRACTITIONER");
        People.Person dylan = new People.Person("dylan", "Dylan Parry", "Dylan", "LIVED_EXPERIENCE");
        People.Person sioned = new People.Person("sioned", "Sioned Hughes", "Sioned", "LIVED_EXPERIENCE");
        People.Person elin = new People.Person("elin", "Elin Watkins", "Elin", "LIVED_EXPERIENCE");
        UUID rhianId = coordinator.register(rhian);
        UUID dylanId = coordinator.register(dylan);
        UUID sionedId = coordinator.register(sioned);
        UUID elinId = coordinator.register(elin);
        List<UUID> invitees = List.of(dylanId, sionedId, elinId);
        UUID projectId = coordinator.project("Crisis stories " + unique, invitees);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.HOURS);
        UUID sessionId = coordinator.onlineSession(
                Map.of("sensitive", Map.of("contentNote", CONTENT_NOTE, "wellbeingContactId", rhianId)),
                projectId,
                "Telling our crisis stories " + unique,
                start,
                invitees);

        // Recorded, then recorded again (a correction): the offers are made once.
        coordinator.attended(sessionId, List.of(dylanId, sionedId));
        coordinator.attended(sessionId, List.of(dylanId, sionedId));

        Map<String, List<Mailbox.Mail>> mails = coordinator.exactlyMails(new LinkedHashMap<>(Map.of(
                dylan.email(), 1,
                sioned.email(), 1,
                elin.email(), 0,
                rhian.email(), 0)));
        Mailbox.Mail offer = mails.get(dylan.email()).get(0);
        assertThat(Mailbox.words(offer.html())).as("the follow-up offer").contains("Dylan", "Rhian");
        MailPages.check(browser, "follow-up-offer", offer.html());

        Instant dueBy = start.plusHours(1).plusDays(7).toInstant();
        List<Map<String, Object>> offers = followUps(sessionId);
        assertThat(offers)
                .extracting(f -> f.get("participantId"))
                .containsExactlyInAnyOrder(dylanId.toString(), sionedId.toString());
        assertThat(offers).allSatisfy(f -> {
            assertThat(f).containsEntry("status", "OFFERED").containsEntry("overdue", false);
            assertThat(Instant.parse((String) f.get("dueBy"))).isEqualTo(dueBy);
            assertThat(f.get("declinedAt")).isNull();
            assertThat(f.get("mentoringSessionId")).isNull();
        });

        // Dylan declines it himself; asking again changes nothing.
        for (int i = 0; i < 2; i++) {
            given().baseUri(suite.sessions.url())
                    .auth()
                    .oauth2(TestTokens.participant(dylanId))
                    .post("/sessions/" + sessionId + "/follow-ups/" + dylanId + "/decline")
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("DECLINED"))
                    .body("declinedAt", org.hamcrest.Matchers.notNullValue());
        }
        assertThat(followUps(sessionId))
                .extracting(f -> f.get("participantId") + " " + f.get("status"))
                .containsExactlyInAnyOrder(dylanId + " DECLINED", sionedId + " OFFERED");
        coordinator
                .to(suite.sessions)
                .post("/sessions/" + sessionId + "/follow-ups/" + elinId + "/decline")
                .then()
                .statusCode(404);
    }

    private static Map<String, Object> accessCheck(UUID sessionId) {
        return coordinator
                .to(suite.sessions)
                .get("/sessions/" + sessionId + "/access-check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> quietSpaceGaps(Map<String, Object> check) {
        return ((List<Map<String, Object>>) check.get("gaps"))
                .stream().filter(g -> "QUIET_SPACE".equals(g.get("need"))).toList();
    }

    private static List<Map<String, Object>> followUps(UUID sessionId) {
        return coordinator
                .to(suite.sessions)
                .queryParam("size", 200)
                .get("/sessions/" + sessionId + "/follow-ups")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }
}
