package org.coproduction.notifications.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.support.People;
import org.junit.jupiter.api.Test;

/** How this service reads other services' JSON: only the fields it needs, and sensible answers when some are missing. */
class ParticipantTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void aParticipantAsParticipantsServiceSendsItIsReadIgnoringEverythingElse() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> sent =
                People.person(id, "Gwen", "cy", "Europe/London", "FORTNIGHTLY", "LARGE_PRINT", "ACTIVE");

        Participant read = JSON.readValue(People.json(sent), Participant.class);

        assertThat(read.id()).isEqualTo(id);
        assertThat(read.greetingName()).isEqualTo("Gwen");
        assertThat(read.email()).isEqualTo(People.email(sent));
        assertThat(read.languageTag()).isEqualTo("cy");
        assertThat(read.frequency()).isEqualTo("FORTNIGHTLY");
        assertThat(read.digestDay()).isEqualTo("MONDAY");
        assertThat(read.format()).isEqualTo("LARGE_PRINT");
        assertThat(read.timeZone()).isEqualTo("Europe/London");
        assertThat(read.isActive()).isTrue();
        assertThat(read.isWithdrawn()).isFalse();
        assertThat(read.hasEmail()).isTrue();
        // Access needs are someone else's business: this service never even reads them.
        assertThat(read.toString()).doesNotContain("BSL_INTERPRETER", "private");
    }

    @Test
    void peopleAreGreetedByTheNameTheyPrefer() {
        assertThat(person("Gwen Example", "Gwen").greetingName()).isEqualTo("Gwen");
        assertThat(person("Gwen Example", " ").greetingName()).isEqualTo("Gwen Example");
        assertThat(person("Gwen Example", null).greetingName()).isEqualTo("Gwen Example");
        assertThat(person(null, null).greetingName()).isEmpty();
    }

    @Test
    void missingLanguageAndCommunicationSettingsReadAsUnknown() {
        Participant bare = new Participant(UUID.randomUUID(), "Pat", null, " ", null, "PAUSED", null, null);

        assertThat(bare.languageTag()).isNull();
        assertThat(bare.frequency()).isNull();
        assertThat(bare.digestDay()).isNull();
        assertThat(bare.format()).isNull();
        assertThat(bare.hasEmail()).isFalse();
        assertThat(bare.isActive()).isFalse();
        assertThat(bare.isWithdrawn()).isFalse();
        assertThat(new Participant(UUID.randomUUID(), "Wes", null, null, null, "WITHDRAWN", null, null).isWithdrawn())
                .isTrue();
    }

    @Test
    void listsThatAreMissingFromAnAnswerReadAsEmpty() throws Exception {
        assertThat(JSON.readValue("{\"missing\":[]}", LookupResult.class).itemsOrEmpty())
                .isEmpty();
        assertThat(JSON.readValue("{\"page\":0,\"size\":200,\"total\":0}", ParticipantPage.class)
                        .itemsOrEmpty())
                .isEmpty();
        assertThat(JSON.readValue("{\"next\":null}", AgendaResult.class).itemsOrEmpty())
                .isEmpty();
        Participant p = person("Pat Example", "Pat");
        assertThat(new LookupResult(List.of(p), List.of()).itemsOrEmpty()).containsExactly(p);
        assertThat(new ParticipantPage(List.of(p), 0, 200, 1).itemsOrEmpty()).containsExactly(p);
    }

    @Test
    void plainWordsAreWantedWithPlainLanguageOrAnEasyReadNeedAndNoOtherNeedIsKept() throws Exception {
        String plain =
                "{\"id\":\"" + UUID.randomUUID() + "\",\"language\":{\"preferred\":\"cy\",\"plainLanguage\":true}}";
        String easyRead = "{\"id\":\"" + UUID.randomUUID()
                + "\",\"accessNeeds\":{\"needs\":[\"BSL_INTERPRETER\",\"EASY_READ\"],\"notes\":\"private\"}}";
        String neither = "{\"id\":\"" + UUID.randomUUID()
                + "\",\"language\":{\"preferred\":\"en\",\"plainLanguage\":false},"
                + "\"accessNeeds\":{\"needs\":[\"STEP_FREE_ACCESS\"]}}";

        assertThat(JSON.readValue(plain, Participant.class).wantsPlainWords()).isTrue();
        Participant needsEasyRead = JSON.readValue(easyRead, Participant.class);
        assertThat(needsEasyRead.wantsPlainWords()).isTrue();
        assertThat(needsEasyRead.toString()).doesNotContain("BSL_INTERPRETER", "private");
        assertThat(JSON.readValue(neither, Participant.class).wantsPlainWords()).isFalse();
        assertThat(person("Pat", null).wantsPlainWords()).isFalse();
    }

    @Test
    void anAgendaWithVersionsOwnersDoneActionsProjectsAndSessionsAttendedIsReadWhole() throws Exception {
        UUID person = UUID.randomUUID();
        UUID action = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String json = "{\"items\":[{\"participantId\":\"" + person + "\","
                + "\"summaries\":[{\"title\":\"Listening\",\"summary\":\"We listened.\",\"language\":\"en\","
                + "\"decisions\":[\"Call-backs\"],"
                + "\"actions\":[{\"id\":\"" + action + "\",\"description\":\"Draft\",\"ownerId\":\"" + owner
                + "\",\"done\":true,\"doneAt\":\"2027-03-20T10:00:00Z\"}],"
                + "\"versions\":[{\"language\":\"cy\",\"plain\":true,\"summary\":\"Fe wnaethon ni wrando.\","
                + "\"decisions\":[\"Galw'n ôl\"],\"actions\":[\"Drafftio\"],\"readability\":null}]}],"
                + "\"openActions\":[{\"actionId\":\"" + action + "\",\"ownerId\":\"" + owner + "\","
                + "\"description\":\"Draft\",\"language\":\"en\","
                + "\"versions\":[{\"language\":\"cy\",\"plain\":false,\"description\":\"Drafftio\"}]}],"
                + "\"completedActions\":[{\"actionId\":\"" + action + "\",\"sessionTitle\":\"Listening\","
                + "\"description\":\"Draft\",\"ownerId\":\"" + owner + "\",\"doneAt\":\"2027-03-20T10:00:00Z\","
                + "\"language\":\"en\",\"versions\":[]}],"
                + "\"projectUpdates\":[{\"updateId\":\"" + action + "\",\"title\":\"Room\",\"body\":\"b\","
                + "\"correctedAt\":\"2027-03-21T10:00:00Z\",\"withdrawnAt\":null,\"language\":\"en\","
                + "\"versions\":[{\"language\":\"cy\",\"plain\":false,\"title\":\"Ystafell\",\"body\":\"c\"}]}],"
                + "\"projects\":[{\"projectId\":\"" + action + "\",\"name\":\"Crisis line\","
                + "\"purpose\":\"Make it easier\",\"memberIds\":[\"" + owner + "\"],\"status\":\"ACTIVE\"}],"
                + "\"contributions\":{\"sessionsAttended\":1,\"hours\":1.5,\"attended\":[{\"sessionId\":\""
                + action + "\",\"title\":\"Listening\",\"start\":\"2027-03-15T18:00:00Z\","
                + "\"timeZone\":\"Europe/London\",\"hours\":1.5}]}}]}";

        Agenda agenda = JSON.readValue(json, AgendaResult.class).itemsOrEmpty().get(0);

        Agenda.Summary summary = agenda.summaries().get(0);
        assertThat(summary.language()).isEqualTo("en");
        assertThat(summary.versions().get(0).plain()).isTrue();
        assertThat(summary.versions().get(0).decisions()).containsExactly("Galw'n ôl");
        assertThat(summary.versions().get(0).actions()).containsExactly("Drafftio");
        assertThat(summary.actions().get(0).id()).isEqualTo(action);
        assertThat(summary.actions().get(0).isDone()).isTrue();
        assertThat(agenda.openActions().get(0).ownerId()).isEqualTo(owner);
        assertThat(agenda.openActions().get(0).versions().get(0).description()).isEqualTo("Drafftio");
        assertThat(agenda.completedActions().get(0).doneAt()).isEqualTo(Instant.parse("2027-03-20T10:00:00Z"));
        assertThat(agenda.projectUpdates().get(0).correctedAt()).isEqualTo(Instant.parse("2027-03-21T10:00:00Z"));
        assertThat(agenda.projectUpdates().get(0).versions().get(0).title()).isEqualTo("Ystafell");
        assertThat(agenda.projects().get(0).memberIds()).containsExactly(owner);
        assertThat(agenda.contributions().attended().get(0).title()).isEqualTo("Listening");
        assertThat(agenda.namedPeople()).containsExactly(owner);
    }

    @Test
    void anAgendaFromSessionsServiceIsReadWithItsNestedParts() throws Exception {
        UUID person = UUID.randomUUID();
        String json = "{\"items\":[{\"participantId\":\"" + person
                + "\",\"upcomingSessions\":[{\"title\":\"Survey workshop\","
                + "\"start\":\"2027-03-29T17:00:00Z\",\"venue\":{\"name\":\"Hall\",\"capacity\":40},"
                + "\"arrangements\":{\"interpretation\":[\"bfi\"],\"captions\":true,\"other\":\"x\"},\"rooms\":3}],"
                + "\"openActions\":[{\"description\":\"Draft\",\"due\":\"2027-04-01\"}],"
                + "\"contributions\":{\"sessionsAttended\":2,\"hours\":3.5}}]}";

        Agenda agenda = JSON.readValue(json, AgendaResult.class).itemsOrEmpty().get(0);

        assertThat(agenda.participantId()).isEqualTo(person);
        assertThat(agenda.upcomingSessions().get(0).start()).isEqualTo(Instant.parse("2027-03-29T17:00:00Z"));
        assertThat(agenda.upcomingSessions().get(0).venue().name()).isEqualTo("Hall");
        assertThat(agenda.upcomingSessions().get(0).arrangements().interpretation())
                .containsExactly("bfi");
        assertThat(agenda.openActions().get(0).due()).isEqualTo("2027-04-01");
        assertThat(agenda.contributions().hours()).isEqualTo(3.5);
        assertThat(agenda.summaries()).isNull();
        // An agenda from before issue 13: no versions, ids, done actions, projects or sessions named.
        assertThat(agenda.openActions().get(0).versions()).isNull();
        assertThat(agenda.completedActions()).isNull();
        assertThat(agenda.projects()).isNull();
        assertThat(agenda.contributions().attended()).isNull();
        assertThat(agenda.namedPeople()).isEmpty();
    }

    @Test
    void anEmptyAgendaHasEmptyListsAndNoContributions() {
        UUID person = UUID.randomUUID();
        Agenda empty = Agenda.empty(person);
        assertThat(empty.participantId()).isEqualTo(person);
        assertThat(empty.upcomingSessions()).isEmpty();
        assertThat(empty.summaries()).isEmpty();
        assertThat(empty.openActions()).isEmpty();
        assertThat(empty.projectUpdates()).isEmpty();
        assertThat(empty.contributions()).isNull();
    }

    private static Participant person(String name, String preferredName) {
        return new Participant(
                UUID.randomUUID(),
                name,
                preferredName,
                "p@example.org",
                "Europe/London",
                "ACTIVE",
                new Participant.Language("en"),
                new Participant.Communication("EMAIL", "WEEKLY", "MONDAY", "HTML"));
    }
}
