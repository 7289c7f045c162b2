package org.coproduction.sessions.domain.arrangements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;
import org.junit.jupiter.api.Test;

class ArrangementRulesTest {
    final ArrangementRules rules = new ArrangementRules();
    static final SessionProvision ROOM_NOTHING =
            new SessionProvision(SessionFormat.IN_PERSON, false, false, false, false);

    static PersonNeeds person(String name, String dietary, AccessNeed... needs) {
        return new PersonNeeds(UUID.randomUUID(), name, dietary, Set.of(needs), null, "en", false);
    }

    static PersonNeeds interpreted(String name, String interpretation, String preferred, AccessNeed... needs) {
        return new PersonNeeds(UUID.randomUUID(), name, null, Set.of(needs), interpretation, preferred, false);
    }

    @Test
    void expectedAreTheInviteesWhoDidNotSayTheyAreNotComing() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        assertThat(rules.expected(List.of(new Invitee(a, false), new Invitee(b, true), new Invitee(c, false))))
                .containsExactly(a, c);
    }

    @Test
    void dietaryRequirementsAreGroupedIgnoringCaseAndSpacingMostCommonFirst() {
        Arrangements a = rules.arrange(
                5,
                ROOM_NOTHING,
                List.of(
                        person("Ben", "Vegetarian"),
                        person("Aisha Khan", " vegetarian "),
                        person("Cat", "gluten  free"),
                        person("Dan", "Gluten free"),
                        person("Eve", "halal"),
                        person("Finn", "  "),
                        person("Gus", null)),
                List.of(),
                true);

        assertThat(a.dietary())
                .containsExactly(
                        new Arrangements.Dietary("gluten free", 2, List.of("Cat", "Dan")),
                        new Arrangements.Dietary("vegetarian", 2, List.of("Aisha Khan", "Ben")),
                        new Arrangements.Dietary("halal", 1, List.of("Eve")));
        assertThat(a.missing()).isEmpty();
        assertThat(a.expected()).isEqualTo(5);
    }

    @Test
    void dietaryNamesOnlyWhenAsked() {
        Arrangements a = rules.arrange(1, ROOM_NOTHING, List.of(person("Ben", "vegan")), List.of(), false);
        assertThat(a.dietary()).containsExactly(new Arrangements.Dietary("vegan", 1, null));
    }

    @Test
    void interpretersFromInterpretationAndTheBslNeedCountingEachPersonOnce() {
        Arrangements a = rules.arrange(
                4,
                ROOM_NOTHING,
                List.of(
                        interpreted("Ann", "bfi", "en", AccessNeed.BSL_INTERPRETER),
                        interpreted("Bo", null, "en", AccessNeed.BSL_INTERPRETER),
                        interpreted("Cy", "BSL", "en"),
                        interpreted("Di", "pl", "pl")),
                List.of(),
                false);

        assertThat(a.interpreters())
                .containsExactly(
                        new Arrangements.Interpreter("bfi", 3, false, null, null),
                        new Arrangements.Interpreter("pl", 1, false, null, null));
        assertThat(a.missing())
                .containsExactly(
                        "3 people need an interpreter (bfi) and none is booked",
                        "1 person needs an interpreter (pl) and none is booked");
    }

    @Test
    void aSpokenLanguageNeedWithoutInterpretationTakesTheirPreferredLanguageButNeverEnglish() {
        Arrangements a = rules.arrange(
                2,
                ROOM_NOTHING,
                List.of(
                        interpreted("Ann", null, "ar", AccessNeed.SPOKEN_LANGUAGE_INTERPRETER),
                        interpreted("Bo", null, "en-GB", AccessNeed.SPOKEN_LANGUAGE_INTERPRETER),
                        interpreted("Cy", null, "cy")),
                List.of(),
                false);
        assertThat(a.interpreters()).containsExactly(new Arrangements.Interpreter("ar", 1, false, null, null));
    }

    @Test
    void aBookedInterpreterIsNoLongerMissingAndAnUnneededBookingIsStillListed() {
        Arrangements a = rules.arrange(
                1,
                ROOM_NOTHING,
                List.of(interpreted("Ann", null, "en", AccessNeed.BSL_INTERPRETER)),
                List.of(
                        new Booking("bfi", true, new BigDecimal("180.00"), "SL-2291"),
                        new Booking("pl", false, null, null)),
                false);
        assertThat(a.interpreters())
                .containsExactly(
                        new Arrangements.Interpreter("bfi", 1, true, new BigDecimal("180.00"), "SL-2291"),
                        new Arrangements.Interpreter("pl", 0, false, null, null));
        assertThat(a.missing()).isEmpty();
    }

    @Test
    void aBookingNotYetConfirmedIsStillMissing() {
        Arrangements a = rules.arrange(
                1,
                ROOM_NOTHING,
                List.of(interpreted("Ann", "bfi", "en")),
                List.of(new Booking("bfi", false, null, "asked the agency")),
                false);
        assertThat(a.missing()).containsExactly("1 person needs an interpreter (bfi) and none is booked");
    }

    @Test
    void largePrintFromTheNeedOrTheirFormatAndEasyReadFromTheNeed() {
        PersonNeeds readsLargePrint = new PersonNeeds(UUID.randomUUID(), "Ann", null, Set.of(), null, "en", true);
        Arrangements a = rules.arrange(
                3,
                ROOM_NOTHING,
                List.of(
                        readsLargePrint,
                        person("Bo", null, AccessNeed.LARGE_PRINT, AccessNeed.EASY_READ),
                        person("Cy", null)),
                List.of(),
                false);
        assertThat(a.largePrint()).isEqualTo(new Arrangements.Copies(2, false));
        assertThat(a.easyRead()).isEqualTo(new Arrangements.Copies(1, false));
        assertThat(a.missing())
                .containsExactly(
                        "2 people need large-print copies and none are arranged",
                        "1 person needs easy-read copies and none are arranged");

        Arrangements arranged = rules.arrange(
                3,
                new SessionProvision(SessionFormat.IN_PERSON, true, true, false, false),
                List.of(readsLargePrint, person("Bo", null, AccessNeed.LARGE_PRINT, AccessNeed.EASY_READ)),
                List.of(),
                false);
        assertThat(arranged.largePrint()).isEqualTo(new Arrangements.Copies(2, true));
        assertThat(arranged.easyRead()).isEqualTo(new Arrangements.Copies(1, true));
        assertThat(arranged.missing()).isEmpty();
    }

    @Test
    void aQuietSpaceForThoseWhoNeedOneInARoom() {
        List<PersonNeeds> people = List.of(person("Ann", null, AccessNeed.QUIET_SPACE));
        Arrangements room = rules.arrange(1, ROOM_NOTHING, people, List.of(), false);
        assertThat(room.quietSpace()).isEqualTo(new Arrangements.QuietSpace(true, false));
        assertThat(room.missing()).containsExactly("1 person needs a quiet space and none is arranged");

        Arrangements online = rules.arrange(
                1, new SessionProvision(SessionFormat.ONLINE, false, false, false, false), people, List.of(), false);
        assertThat(online.quietSpace()).isEqualTo(new Arrangements.QuietSpace(false, false));
        assertThat(online.missing()).isEmpty();

        Arrangements arranged = rules.arrange(
                1, new SessionProvision(SessionFormat.HYBRID, false, false, true, false), people, List.of(), false);
        assertThat(arranged.quietSpace()).isEqualTo(new Arrangements.QuietSpace(true, true));
        assertThat(arranged.missing()).isEmpty();
    }

    @Test
    void aSensitiveSessionNeedsAQuietSpaceWhoeverComes() {
        Arrangements a = rules.arrange(
                0, new SessionProvision(SessionFormat.ONLINE, false, false, false, true), List.of(), List.of(), false);
        assertThat(a.quietSpace()).isEqualTo(new Arrangements.QuietSpace(true, false));
        assertThat(a.missing())
                .containsExactly("The session is on a sensitive topic and needs a quiet space; none is arranged");
    }

    @Test
    void keysIgnoreCaseAndSpacing() {
        assertThat(ArrangementRules.dietaryKey("  No  Nuts ")).isEqualTo("no nuts");
        assertThat(ArrangementRules.dietaryKey(" \t")).isNull();
        assertThat(ArrangementRules.languageKey("BSL")).isEqualTo("bfi");
        assertThat(ArrangementRules.languageKey(" PL ")).isEqualTo("pl");
        assertThat(ArrangementRules.languageKey("")).isNull();
    }
}
