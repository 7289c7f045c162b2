package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Thanks in human words: what the person came to, on which day, what was decided there, what they finished. */
class ThanksTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Monday 23 November 2026, 18:00 in London. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T18:00:00Z");
    /** Wednesday 25 November 2026, 23:30 UTC: already Thursday in Tokyo. */
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T23:30:00Z");

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static final Thanks.Came LISTENING =
            new Thanks.Came("Listening to what went wrong", MONDAY, List.of("Call-backs within an hour."));
    private static final Thanks.Came PLANNING = new Thanks.Came("Planning the spring", WEDNESDAY, List.of());

    private static String english(List<Thanks.Came> came, List<String> finished) {
        return text(new Thanks(Bundles.in("en"), "en", LONDON, NOW).write(came, finished, false));
    }

    private static String welsh(List<Thanks.Came> came, List<String> finished) {
        return text(new Thanks(Bundles.in("cy"), "cy", LONDON, NOW).write(came, finished, false));
    }

    private static String text(List<Thanks.Sentence> sentences) {
        return String.join(" ", sentences.stream().map(Thanks.Sentence::text).toList());
    }

    @Test
    void oneSessionWithItsDecisionIsNamedByTitleAndDay() {
        assertThat(english(List.of(LISTENING), List.of()))
                .isEqualTo("Thank you for coming to *Listening to what went wrong* on Monday, where we decided on"
                        + " call-backs within an hour. Your experience shapes this work.");
    }

    @Test
    void oneSessionWithoutDecisions() {
        assertThat(english(List.of(PLANNING), List.of()))
                .isEqualTo("Thank you for coming to *Planning the spring* on Wednesday. Your experience shapes this"
                        + " work.");
    }

    @Test
    void twoSessionsEachGetTheirOwnWordsInTheOrderTheyHappened() {
        assertThat(english(List.of(LISTENING, PLANNING), List.of()))
                .isEqualTo("Thank you for coming to *Listening to what went wrong* on Monday, where we decided on"
                        + " call-backs within an hour. Thank you too for coming to *Planning the spring* on"
                        + " Wednesday. Your experience shapes this work.");
    }

    @Test
    void severalSessionsWithoutDecisionsAreOneSentenceAndDecisionsAreListed() {
        var a = new Thanks.Came("Walk round the ward", MONDAY, List.of());
        var b = new Thanks.Came("Coffee morning", WEDNESDAY, List.of());
        var c = new Thanks.Came(
                "Reading group", NOW.minusSeconds(3600), List.of("New leaflets", "BSL at every meeting", " "));

        assertThat(english(List.of(a, b, PLANNING), List.of()))
                .startsWith("Thank you for coming to *Walk round the ward* on Monday, *Coffee morning* on Wednesday"
                        + " and *Planning the spring* on Wednesday.");
        assertThat(english(List.of(a, c), List.of()))
                .isEqualTo("Thank you for coming to *Walk round the ward* on Monday. Thank you too for coming to"
                        + " *Reading group* on Friday, where we decided on new leaflets and BSL at every meeting."
                        + " Your experience shapes this work.");
    }

    @Test
    void aSessionMoreThanAWeekAgoAlsoSaysTheDateAndTheDayIsInTheReadersZone() {
        var older = new Thanks.Came("Walk round the ward", Instant.parse("2026-11-09T18:00:00Z"), List.of());
        assertThat(english(List.of(older), List.of())).contains("*Walk round the ward* on Monday 9 November.");

        String tokyo = text(new Thanks(Bundles.in("en"), "en", ZoneId.of("Asia/Tokyo"), NOW)
                .write(List.of(PLANNING), List.of(), false));
        assertThat(tokyo).contains("*Planning the spring* on Thursday.");
    }

    @Test
    void finishedActionsAreNamedNeverCounted() {
        assertThat(english(List.of(), List.of("Draft the call-back promise")))
                .isEqualTo("Thank you for getting this done: Draft the call-back promise. Your experience shapes"
                        + " this work.");
        assertThat(english(List.of(PLANNING), List.of("Book the room", "Ask the staff")))
                .contains("Thank you for getting these done: Book the room and Ask the staff.");
    }

    @Test
    void withNothingToNameTheThanksIsWarmAndGeneral() {
        assertThat(english(List.of(), List.of())).isEqualTo("Thank you for being part of this work.");
        assertThat(text(new Thanks(Bundles.in("en"), "en", LONDON, NOW).write(List.of(), List.of(), true)))
                .isEqualTo("Thank you for taking part since your last update. Your experience shapes this work.")
                .doesNotContainPattern("[0-9]");
    }

    @Test
    void inWelshTheDayIsMutatedAfterAr() {
        assertThat(welsh(List.of(LISTENING), List.of()))
                .isEqualTo("Diolch am ddod i *Listening to what went wrong* ar ddydd Llun, lle gwnaethon ni"
                        + " benderfynu: call-backs within an hour. Mae eich profiad yn llywio'r gwaith hwn.");
        assertThat(welsh(List.of(PLANNING, new Thanks.Came("Adolygu", MONDAY, List.of())), List.of()))
                .startsWith("Diolch am ddod i *Planning the spring* ar ddydd Mercher ac *Adolygu* ar ddydd Llun.");
        var older = new Thanks.Came("Taith", Instant.parse("2026-11-09T18:00:00Z"), List.of());
        assertThat(welsh(List.of(older), List.of())).contains("*Taith* ar ddydd Llun 9 Tachwedd.");
        assertThat(welsh(List.of(), List.of())).isEqualTo("Diolch am fod yn rhan o'r gwaith hwn.");
    }

    @Test
    void titlesArePiecesOfTheirOwnSoHtmlCanEmphasiseThem() {
        List<Thanks.Sentence> sentences =
                new Thanks(Bundles.in("en"), "en", LONDON, NOW).write(List.of(PLANNING), List.of(), false);

        assertThat(sentences.get(0).pieces())
                .containsExactly(
                        new Thanks.Piece("Thank you for coming to ", false),
                        new Thanks.Piece("Planning the spring", true),
                        new Thanks.Piece(" on Wednesday.", false));
    }
}
