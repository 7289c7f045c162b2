package org.coproduction.sessions.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessRulesTest {
    final AccessRules rules = new AccessRules();

    static Provision room(AccessNeed... features) {
        return new Provision(SessionFormat.IN_PERSON, Set.of(features), Set.of(), false, false, false, false);
    }

    static Provision online(AccessNeed... features) {
        return new Provision(SessionFormat.ONLINE, Set.of(features), Set.of(), false, false, false, false);
    }

    static Provision hybrid(AccessNeed... features) {
        return new Provision(SessionFormat.HYBRID, Set.of(features), Set.of(), false, false, false, false);
    }

    @ParameterizedTest
    @EnumSource(
            value = AccessNeed.class,
            names = {
                "STEP_FREE_ACCESS",
                "ACCESSIBLE_TOILET",
                "HEARING_LOOP",
                "QUIET_SPACE",
                "ASSISTANCE_DOG_WELCOME",
                "PERSONAL_ASSISTANT"
            })
    void physicalNeedsAreMetOnlineOrByAVenueThatOffersThem(AccessNeed need) {
        assertThat(rules.unmet(need, online(), null)).isEmpty();
        assertThat(rules.unmet(need, room(need), null)).isEmpty();
        assertThat(rules.unmet(need, room(), null)).isPresent();
        // Hybrid: people may come in person, so the room must offer it.
        assertThat(rules.unmet(need, hybrid(), null)).isPresent();
        assertThat(rules.unmet(need, hybrid(need), null)).isEmpty();
    }

    @Test
    void stepFreeAccessIsExplainedInPlainWords() {
        assertThat(rules.unmet(AccessNeed.STEP_FREE_ACCESS, room(), null))
                .contains("needs step-free access; the venue has none");
    }

    @Test
    void bslInterpreterNeedsBslBooked() {
        assertThat(rules.unmet(AccessNeed.BSL_INTERPRETER, room(), null))
                .contains("needs a BSL interpreter; none booked");
        Provision withPolish = new Provision(SessionFormat.ONLINE, Set.of(), Set.of("pl"), false, false, false, false);
        assertThat(rules.unmet(AccessNeed.BSL_INTERPRETER, withPolish, null)).isPresent();
        Provision withBsl = new Provision(SessionFormat.ONLINE, Set.of(), Set.of("bfi"), false, false, false, false);
        assertThat(rules.unmet(AccessNeed.BSL_INTERPRETER, withBsl, null)).isEmpty();
    }

    @Test
    void spokenInterpreterNeedsThePersonsLanguage() {
        Provision withPolish =
                new Provision(SessionFormat.IN_PERSON, Set.of(), Set.of("pl"), false, false, false, false);
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, withPolish, "pl"))
                .isEmpty();
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, withPolish, "ar"))
                .contains("needs a spoken-language interpreter (ar); none booked");
        // Language not known: any spoken-language interpreter will do, BSL will not.
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, withPolish, null))
                .isEmpty();
        Provision withBsl = new Provision(SessionFormat.IN_PERSON, Set.of(), Set.of("bfi"), false, false, false, false);
        assertThat(rules.unmet(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER, withBsl, null))
                .isPresent();
    }

    @Test
    void captionsAreMetByArrangedCaptionsOrACaptioningRoom() {
        Provision captionedOnline = new Provision(SessionFormat.ONLINE, Set.of(), Set.of(), true, false, false, false);
        assertThat(rules.unmet(AccessNeed.CAPTIONS, captionedOnline, null)).isEmpty();
        assertThat(rules.unmet(AccessNeed.CAPTIONS, online(), null)).contains("needs captions; none arranged");
        assertThat(rules.unmet(AccessNeed.CAPTIONS, room(AccessNeed.CAPTIONS), null))
                .isEmpty();
        // An online space's feature list alone does not mean someone turned captions on for this session.
        assertThat(rules.unmet(AccessNeed.CAPTIONS, online(AccessNeed.CAPTIONS), null))
                .isPresent();
    }

    @Test
    void largePrintIsMetByArrangedMaterialsOrTheVenue() {
        Provision arranged = new Provision(SessionFormat.IN_PERSON, Set.of(), Set.of(), false, true, false, false);
        assertThat(rules.unmet(AccessNeed.LARGE_PRINT, arranged, null)).isEmpty();
        assertThat(rules.unmet(AccessNeed.LARGE_PRINT, room(AccessNeed.LARGE_PRINT), null))
                .isEmpty();
        assertThat(rules.unmet(AccessNeed.LARGE_PRINT, room(), null))
                .contains("needs large-print materials; none arranged");
    }

    @Test
    void easyReadNeedsEasyReadMaterials() {
        Provision arranged = new Provision(SessionFormat.ONLINE, Set.of(), Set.of(), false, false, true, false);
        assertThat(rules.unmet(AccessNeed.EASY_READ, arranged, null)).isEmpty();
        assertThat(rules.unmet(AccessNeed.EASY_READ, room(AccessNeed.EASY_READ), null))
                .isPresent();
    }

    @Test
    void regularBreaksNeedBreaksPlanned() {
        Provision arranged = new Provision(SessionFormat.ONLINE, Set.of(), Set.of(), false, false, false, true);
        assertThat(rules.unmet(AccessNeed.REGULAR_BREAKS, arranged, null)).isEmpty();
        assertThat(rules.unmet(AccessNeed.REGULAR_BREAKS, online(), null))
                .contains("needs regular breaks; none planned");
    }

    @Test
    void screenReaderFriendlyNeedsTheVenueOrPlatformToOfferIt() {
        assertThat(rules.unmet(AccessNeed.SCREEN_READER_FRIENDLY, online(AccessNeed.SCREEN_READER_FRIENDLY), null))
                .isEmpty();
        assertThat(rules.unmet(AccessNeed.SCREEN_READER_FRIENDLY, online(), null))
                .isPresent();
    }

    @Test
    void phoneDialInIsNeverMetInPersonAndOtherwiseNeedsDialIn() {
        assertThat(rules.unmet(AccessNeed.PHONE_DIAL_IN, room(AccessNeed.PHONE_DIAL_IN), null))
                .contains("needs to join by phone; the session is in person only");
        assertThat(rules.unmet(AccessNeed.PHONE_DIAL_IN, online(AccessNeed.PHONE_DIAL_IN), null))
                .isEmpty();
        assertThat(rules.unmet(AccessNeed.PHONE_DIAL_IN, hybrid(AccessNeed.PHONE_DIAL_IN), null))
                .isEmpty();
        assertThat(rules.unmet(AccessNeed.PHONE_DIAL_IN, online(), null))
                .contains("needs to join by phone; no dial-in offered");
    }

    @Test
    void gapsListEachUnmetNeedOfEachInvitee() {
        UUID aisha = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        List<AccessGap> gaps = rules.gaps(
                room(AccessNeed.STEP_FREE_ACCESS),
                List.of(
                        new AttendeeNeeds(
                                aisha, Set.of(AccessNeed.STEP_FREE_ACCESS, AccessNeed.BSL_INTERPRETER), "bfi"),
                        new AttendeeNeeds(ben, Set.of(), null)));

        assertThat(gaps)
                .containsExactly(
                        new AccessGap(aisha, AccessNeed.BSL_INTERPRETER, "needs a BSL interpreter; none booked"));
    }
}
