package org.coproduction.sessions.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Needs met or not across formats, bookings and venues, and how gaps are listed. */
class AccessRulesCombinationsTest {
    final AccessRules rules = new AccessRules();

    static Provision everything(SessionFormat format) {
        return new Provision(format, EnumSet.allOf(AccessNeed.class), Set.of("bfi", "pl"), true, true, true, true);
    }

    static Provision nothing(SessionFormat format) {
        return new Provision(format, Set.of(), Set.of(), false, false, false, false);
    }

    @ParameterizedTest
    @EnumSource(
            value = SessionFormat.class,
            names = {"ONLINE", "HYBRID"})
    void aSessionOfferingEverythingMeetsEveryNeed(SessionFormat format) {
        for (AccessNeed need : AccessNeed.values()) {
            assertThat(rules.unmet(need, everything(format), "pl"))
                    .as("%s %s", format, need)
                    .isEmpty();
        }
    }

    @Test
    void inPersonEverythingButPhoneIsMet() {
        for (AccessNeed need : AccessNeed.values()) {
            Optional<String> gap = rules.unmet(need, everything(SessionFormat.IN_PERSON), "pl");
            if (need == AccessNeed.PHONE_DIAL_IN) {
                assertThat(gap).contains("needs to join by phone; the session is in person only");
            } else {
                assertThat(gap).as("%s", need).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SessionFormat.class)
    void aSessionOfferingNothingLeavesEveryNonPhysicalNeedUnmet(SessionFormat format) {
        for (AccessNeed need : EnumSet.of(
                AccessNeed.BSL_INTERPRETER,
                AccessNeed.SPOKEN_LANGUAGE_INTERPRETER,
                AccessNeed.CAPTIONS,
                AccessNeed.LARGE_PRINT,
                AccessNeed.EASY_READ,
                AccessNeed.REGULAR_BREAKS,
                AccessNeed.SCREEN_READER_FRIENDLY,
                AccessNeed.PHONE_DIAL_IN)) {
            assertThat(rules.unmet(need, nothing(format), null))
                    .as("%s %s", format, need)
                    .isPresent();
        }
    }

    @Test
    void everyUnmetNeedIsExplainedInOnePlainSentenceWithoutCodes() {
        for (AccessNeed need : AccessNeed.values()) {
            String detail =
                    rules.unmet(need, nothing(SessionFormat.IN_PERSON), null).orElseThrow();
            assertThat(detail)
                    .as("%s", need)
                    .matches("(needs|comes with) .*")
                    .doesNotContain("_")
                    .doesNotContain(need.name())
                    .doesNotEndWith(".");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bfi", "BFI", "bsl", "BSL", "Bsl"})
    void bslIsRecognisedByEitherCodeInAnyCase(String code) {
        Provision p = new Provision(SessionFormat.ONLINE, Set.of(), Set.of(code), false, false, false, false);
        assertThat(rules.unmet(AccessNeed.BSL_INTERPRETER, p, null)).isEmpty();
        // A sign-language interpreter is no help to someone who needs a spoken language.
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, p, null)).isPresent();
    }

    @Test
    void aSpokenLanguageIsMatchedWhateverItsCase() {
        Provision p = new Provision(SessionFormat.ONLINE, Set.of(), Set.of("PL"), false, false, false, false);
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, p, "pl")).isEmpty();
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, p, "cy"))
                .contains("needs a spoken-language interpreter (cy); none booked");
    }

    @Test
    void aPersonWhoseLanguageIsSignButWhoAsksForASpokenInterpreterTakesAnySpokenOne() {
        Provision onlyBsl = new Provision(SessionFormat.ONLINE, Set.of(), Set.of("bfi"), false, false, false, false);
        Provision polish = new Provision(SessionFormat.ONLINE, Set.of(), Set.of("pl"), false, false, false, false);
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, onlyBsl, "bfi"))
                .contains("needs a spoken-language interpreter; none booked");
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, polish, "bfi"))
                .isEmpty();
    }

    @Test
    void captionsOfferedByAnOnlineVenueDoNotCountButArrangedOnesDo() {
        Provision online =
                new Provision(SessionFormat.ONLINE, Set.of(AccessNeed.CAPTIONS), Set.of(), false, false, false, false);
        Provision hybrid =
                new Provision(SessionFormat.HYBRID, Set.of(AccessNeed.CAPTIONS), Set.of(), false, false, false, false);
        Provision arranged = new Provision(SessionFormat.ONLINE, Set.of(), Set.of(), true, false, false, false);
        assertThat(rules.unmet(AccessNeed.CAPTIONS, online, null)).contains("needs captions; none arranged");
        assertThat(rules.unmet(AccessNeed.CAPTIONS, hybrid, null)).isEmpty();
        assertThat(rules.unmet(AccessNeed.CAPTIONS, arranged, null)).isEmpty();
    }

    @Test
    void phoneDialInIsMetOnlineOrHybridWhenTheVenueOffersIt() {
        for (SessionFormat format : List.of(SessionFormat.ONLINE, SessionFormat.HYBRID)) {
            Provision dialIn =
                    new Provision(format, Set.of(AccessNeed.PHONE_DIAL_IN), Set.of(), false, false, false, false);
            assertThat(rules.unmet(AccessNeed.PHONE_DIAL_IN, dialIn, null)).isEmpty();
            assertThat(rules.unmet(AccessNeed.PHONE_DIAL_IN, nothing(format), null))
                    .contains("needs to join by phone; no dial-in offered");
        }
    }

    @Test
    void gapsFollowTheAttendeesOrderThenTheVocabularysOrder() {
        UUID aisha = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        UUID carol = UUID.randomUUID();
        List<AttendeeNeeds> attendees = List.of(
                new AttendeeNeeds(aisha, Set.of(AccessNeed.REGULAR_BREAKS, AccessNeed.STEP_FREE_ACCESS), null),
                new AttendeeNeeds(ben, Set.of(), null),
                new AttendeeNeeds(carol, Set.of(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER), "uk"));

        List<AccessGap> gaps = rules.gaps(nothing(SessionFormat.IN_PERSON), attendees);

        assertThat(gaps)
                .extracting(AccessGap::participantId, AccessGap::need)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(aisha, AccessNeed.STEP_FREE_ACCESS),
                        org.assertj.core.groups.Tuple.tuple(aisha, AccessNeed.REGULAR_BREAKS),
                        org.assertj.core.groups.Tuple.tuple(carol, AccessNeed.SPOKEN_LANGUAGE_INTERPRETER));
        assertThat(gaps.get(2).detail()).isEqualTo("needs a spoken-language interpreter (uk); none booked");
    }

    @Test
    void noAttendeesOrNoNeedsMeanNoGaps() {
        assertThat(rules.gaps(nothing(SessionFormat.IN_PERSON), List.of())).isEmpty();
        assertThat(rules.gaps(
                        nothing(SessionFormat.IN_PERSON),
                        List.of(new AttendeeNeeds(UUID.randomUUID(), Set.of(), "en"))))
                .isEmpty();
        assertThat(rules.gaps(
                        everything(SessionFormat.HYBRID),
                        List.of(new AttendeeNeeds(UUID.randomUUID(), EnumSet.allOf(AccessNeed.class), "pl"))))
                .isEmpty();
    }

    @Test
    void provisionsAndNeedsKeepTheirOwnCopies() {
        Set<AccessNeed> features = EnumSet.of(AccessNeed.HEARING_LOOP);
        Provision p = new Provision(SessionFormat.IN_PERSON, features, Set.of(), false, false, false, false);
        features.add(AccessNeed.QUIET_SPACE);
        assertThat(p.venueFeatures()).containsExactly(AccessNeed.HEARING_LOOP);

        Set<AccessNeed> needs = EnumSet.of(AccessNeed.CAPTIONS);
        AttendeeNeeds a = new AttendeeNeeds(UUID.randomUUID(), needs, null);
        needs.clear();
        assertThat(a.needs()).containsExactly(AccessNeed.CAPTIONS);
    }
}
