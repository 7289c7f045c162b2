package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.coproduction.notifications.client.Agenda;
import org.junit.jupiter.api.Test;

/** The digest's "Training you might like": the agenda's suggestion in the reader's words, zone and language. */
class TrainingSuggestionTest {

    /** The vocabulary as CONTRACTS.md (issue 14) writes it down. */
    private static final Set<String> VOCABULARY = Set.of(
            "CO_PRODUCTION_BASICS",
            "FACILITATION",
            "CHAIRING_MEETINGS",
            "PUBLIC_SPEAKING",
            "SHARING_LIVED_EXPERIENCE",
            "PEER_SUPPORT",
            "MENTORING",
            "SAFEGUARDING",
            "TRAUMA_INFORMED_PRACTICE",
            "RESEARCH_AND_EVALUATION",
            "PLAIN_LANGUAGE_WRITING",
            "DIGITAL_SKILLS",
            "EQUALITY_AND_INCLUSION",
            "GOVERNANCE",
            "INTERVIEWING_AND_RECRUITMENT");

    private static Agenda.TrainingSuggestion suggestion(String style, List<String> matching) {
        return new Agenda.TrainingSuggestion(
                UUID.randomUUID(),
                "Crisis line redesign",
                "Chairing a meeting well",
                Instant.parse("2027-04-05T17:00:00Z"),
                Instant.parse("2027-04-05T18:30:00Z"),
                "Europe/London",
                "ONLINE",
                style,
                List.of("CHAIRING_MEETINGS", "FACILITATION", "PUBLIC_SPEAKING"),
                matching);
    }

    private static TimeText time(String zone, String lang) {
        return new TimeText(ZoneId.of(zone), Locale.forLanguageTag(lang), "cy".equals(lang) ? "i" : "to");
    }

    @Test
    void aOneToOneSuggestionSaysSoWithTheMatchingTopicsInWords() {
        DigestView.TrainingItem item = DigestViewFactory.training(
                suggestion("ONE_TO_ONE", List.of("FACILITATION", "PUBLIC_SPEAKING")),
                "en",
                time("Europe/London", "en"));

        assertThat(item.heading()).isEqualTo("Training you might like");
        assertThat(item.title()).isEqualTo("Chairing a meeting well");
        assertThat(item.style()).isEqualTo("One to one");
        assertThat(item.topics()).isEqualTo("It covers: facilitation, public speaking");
        assertThat(item.when()).contains("18:00").contains("19:30");
    }

    @Test
    void aGroupSuggestionInWelshInTheReadersZone() {
        DigestView.TrainingItem item = DigestViewFactory.training(
                suggestion("GROUP", List.of("CHAIRING_MEETINGS")), "cy", time("America/New_York", "cy"));

        assertThat(item.heading()).isEqualTo("Hyfforddiant a allai fod o ddiddordeb i chi");
        assertThat(item.style()).isEqualTo("Mewn grŵp");
        assertThat(item.topics()).isEqualTo("Mae'n ymdrin â: cadeirio cyfarfodydd");
        assertThat(item.when()).contains("13:00");
    }

    @Test
    void noSuggestionOrOneWithoutTitleOrStartShowsNothing() {
        TimeText time = time("Europe/London", "en");
        assertThat(DigestViewFactory.training(null, "en", time)).isNull();
        Agenda.TrainingSuggestion untitled = new Agenda.TrainingSuggestion(
                null, null, " ", Instant.parse("2027-04-05T17:00:00Z"), null, null, null, null, null, null);
        assertThat(DigestViewFactory.training(untitled, "en", time)).isNull();
        Agenda.TrainingSuggestion noStart =
                new Agenda.TrainingSuggestion(null, null, "Chairing", null, null, null, null, null, null, null);
        assertThat(DigestViewFactory.training(noStart, "en", time)).isNull();
        // No matching topics named: the session's own topics; none at all: no topics line.
        Agenda.TrainingSuggestion bare = new Agenda.TrainingSuggestion(
                null, null, "Chairing", Instant.parse("2027-04-05T17:00:00Z"), null, null, null, null, null, null);
        assertThat(DigestViewFactory.training(bare, "en", time).topics()).isNull();
        assertThat(DigestViewFactory.training(bare, "en", time).style()).isEqualTo("In a group");
        assertThat(DigestViewFactory.training(suggestion("GROUP", List.of()), "en", time)
                        .topics())
                .isEqualTo("It covers: chairing meetings, facilitation, public speaking");
    }

    @Test
    void everyTopicOfTheVocabularyHasEnglishAndWelshWords() {
        assertThat(TrainingTopicWords.topics()).isEqualTo(VOCABULARY);
        for (String topic : VOCABULARY) {
            String en = TrainingTopicWords.of(topic, "en");
            String cy = TrainingTopicWords.of(topic, "cy");
            assertThat(en).as(topic).isNotBlank().doesNotContain("_").isEqualTo(en.toLowerCase(Locale.ROOT));
            assertThat(cy).as(topic).isNotBlank().isNotEqualTo(en);
        }
        assertThat(TrainingTopicWords.of("KNITTING_CIRCLES", "en")).isEqualTo("knitting circles");
        assertThat(TrainingTopicWords.of(null, "cy")).isEmpty();
        assertThat(TrainingTopicWords.list(List.of("MENTORING", "MENTORING", "GOVERNANCE"), "en"))
                .isEqualTo("mentoring, governance");
    }
}
