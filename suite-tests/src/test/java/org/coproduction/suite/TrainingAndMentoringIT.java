package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 14, on the real jars: a facilitator who wants to learn facilitation one to one is suggested the one-to-one
 * training and not the group one; mentor suggestions leave out someone who reads another language and someone with
 * as many mentees as they can take; when a coordinator confirms the pairing, both people are told who the other is.
 */
class TrainingAndMentoringIT {

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
    void aOneToOneLearnerIsSuggestedTheOneToOneTrainingAndNotTheGroupOne() throws Exception {
        People.Person lowri = new People.Person("lowri", "Lowri Edwards", "Lowri", "FACILITATOR")
                .support(List.of("FACILITATION"), "ONE_TO_ONE", false);
        UUID lowriId = coordinator.register(lowri);
        UUID trainerId = coordinator.register(new People.Person("trainer", "Trainer Ty", "Ty", "PRACTITIONER"));
        UUID projectId = coordinator.project("Learning together " + unique, List.of(lowriId, trainerId));
        OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(30)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(10);
        UUID group = training(projectId, "Facilitation in a group " + unique, soon, "GROUP", trainerId);
        UUID oneToOne =
                training(projectId, "Facilitation one to one " + unique, soon.plusDays(1), "ONE_TO_ONE", trainerId);

        List<Map<String, Object>> suggested = coordinator
                .to(suite.sessions)
                .queryParam("participantId", lowriId)
                .queryParam("size", 200)
                .get("/training/suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(suggested).extracting(s -> s.get("sessionId")).contains(oneToOne.toString());
        assertThat(suggested)
                .as("a group training for someone who prefers one to one")
                .extracting(s -> s.get("sessionId"))
                .doesNotContain(group.toString());
        assertThat(suggested)
                .filteredOn(s -> oneToOne.toString().equals(s.get("sessionId")))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s).containsEntry("style", "ONE_TO_ONE").containsEntry("projectId", projectId.toString());
                    assertThat(s.get("matchingTopics")).isEqualTo(List.of("FACILITATION"));
                });
    }

    @Test
    void aMentorIsSuggestedOnlyIfTheyShareALanguageAndHaveRoomAndBothAreToldOfThePairing() throws Exception {
        People.Person lowri = new People.Person("lowri", "Lowri Edwards", "Lowri", "FACILITATOR")
                .support(List.of("FACILITATION"), "ONE_TO_ONE", false);
        UUID lowriId = coordinator.register(lowri);
        // Candidates who offered to mentor and share the interest, each of whom came to one session (Lowri to none).
        People.Person mair = mentor("mair", "Mair Evans", "Mair").language("cy", null);
        People.Person gareth = mentor("gareth", "Gareth Hill", "Gareth");
        People.Person eirlys = mentor("eirlys", "Eirlys Bevan", "Eirlys");
        People.Person rhys = new People.Person("rhys", "Rhys Owen", "Rhys", "LIVED_EXPERIENCE")
                .support(List.of("FACILITATION"), "GROUP", false);
        UUID mairId = coordinator.register(mair);
        UUID garethId = coordinator.register(gareth);
        UUID eirlysId = coordinator.register(eirlys);
        UUID rhysId = coordinator.register(rhys);
        List<UUID> candidates = List.of(mairId, garethId, eirlysId, rhysId);
        UUID pastProject = coordinator.project("Peer support " + unique, candidates);
        UUID past = coordinator.onlineSession(
                Map.of(),
                pastProject,
                "Peer support circle " + unique,
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(5).truncatedTo(ChronoUnit.HOURS),
                candidates);
        coordinator.attended(past, candidates);
        // Gareth already supports three people: as many as anyone may (sessions.mentoring.max-mentees).
        for (int i = 1; i <= 3; i++) {
            coordinator.register(new People.Person("mentee" + i, "Mentee " + i + " " + unique, "M" + i, "PRACTITIONER")
                    .support(List.of("FACILITATION"), "GROUP", false)
                    .mentor(garethId));
        }

        List<Map<String, Object>> mentors = coordinator
                .to(suite.sessions)
                .queryParam("participantId", lowriId)
                .queryParam("size", 200)
                .get("/mentoring/suggestions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(mentors)
                .as("mentor suggestions: Mair reads Welsh, Gareth has no room, Rhys did not offer")
                .extracting(m -> m.get("mentorId"))
                .contains(eirlysId.toString())
                .doesNotContain(mairId.toString(), garethId.toString(), rhysId.toString());
        assertThat(mentors)
                .filteredOn(m -> eirlysId.toString().equals(m.get("mentorId")))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.get("sharedInterests")).isEqualTo(List.of("FACILITATION"));
                    assertThat(m)
                            .containsEntry("language", "en")
                            .containsEntry("sessionsAttended", 1)
                            .containsEntry("mentees", 0)
                            .containsEntry("capacity", 3);
                });

        coordinator.patchParticipant(lowriId, Map.of("support", Map.of("mentorId", eirlysId.toString())));
        Map<String, List<Mailbox.Mail>> mails = coordinator.exactlyMails(new LinkedHashMap<>(Map.of(
                lowri.email(), 1,
                eirlys.email(), 1,
                mair.email(), 0)));
        Mailbox.Mail toMentee = mails.get(lowri.email()).get(0);
        Mailbox.Mail toMentor = mails.get(eirlys.email()).get(0);
        assertThat(Mailbox.words(toMentee.html())).as("the mentee's mail").contains("Eirlys");
        assertThat(Mailbox.words(toMentor.html())).as("the mentor's mail").contains("Lowri");
        MailPages.check(browser, "mentor-paired", toMentee.html());
    }

    private static People.Person mentor(String key, String name, String preferredName) {
        return new People.Person(key, name, preferredName, "LIVED_EXPERIENCE")
                .support(List.of("FACILITATION", "PUBLIC_SPEAKING"), "NO_PREFERENCE", true);
    }

    private static UUID training(UUID projectId, String title, OffsetDateTime start, String style, UUID trainerId) {
        return coordinator.onlineSession(
                Map.of(
                        "type",
                        "TRAINING",
                        "purpose",
                        "Practise leading a meeting where everyone is heard",
                        "end",
                        start.plusHours(2).toString(),
                        "trainingTopics",
                        List.of("FACILITATION"),
                        "style",
                        style),
                projectId,
                title,
                start,
                List.of(trainerId));
    }
}
