package org.coproduction.sessions.domain.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;

/**
 * The one place that says which needs a session meets. Rules:
 * <ul>
 * <li>Physical needs (step-free access, accessible toilet, hearing loop, quiet space, assistance dog,
 * personal assistant) are met by an ONLINE session (people join from their own place); IN_PERSON and
 * HYBRID need the venue to offer them, since people may come in person.</li>
 * <li>BSL_INTERPRETER needs "bfi" (or "bsl") among the booked interpretation languages.</li>
 * <li>SPOKEN_LANGUAGE_INTERPRETER needs the person's language booked, or any spoken language when it is
 * not known.</li>
 * <li>CAPTIONS: captions arranged, or (in a room) a venue that offers them.</li>
 * <li>LARGE_PRINT: large-print materials arranged, or a venue that offers them. EASY_READ: easy-read
 * materials arranged. REGULAR_BREAKS: breaks planned.</li>
 * <li>SCREEN_READER_FRIENDLY: the venue (room or online platform) offers it.</li>
 * <li>PHONE_DIAL_IN: never in an IN_PERSON session; otherwise the venue offers dial-in.</li>
 * <li>QUIET_SPACE is also met by a quiet space arranged. A session on a sensitive topic needs one for everyone
 * (sharing experience can bring back trauma): with neither the arrangement nor the venue feature, every invitee has
 * that one gap, in place of their own QUIET_SPACE gap.</li>
 * </ul>
 */
public final class AccessRules {
    private static final String BSL = "bfi";

    /** The gap every invitee of a sensitive session has when no quiet space is arranged or offered. */
    public static final String SENSITIVE_WITHOUT_QUIET_SPACE =
            "a session on a sensitive topic needs a quiet space or break-out room; none is arranged";

    public List<AccessGap> gaps(Provision provision, List<AttendeeNeeds> attendees) {
        List<AccessGap> gaps = new ArrayList<>();
        boolean sensitiveGap = provision.sensitive() && !hasQuietSpace(provision);
        for (AttendeeNeeds attendee : attendees) {
            for (AccessNeed need : AccessNeed.values()) {
                if (need == AccessNeed.QUIET_SPACE && sensitiveGap) {
                    gaps.add(new AccessGap(attendee.participantId(), need, SENSITIVE_WITHOUT_QUIET_SPACE));
                } else if (attendee.needs().contains(need)) {
                    unmet(need, provision, attendee.interpretationLanguage())
                            .ifPresent(detail -> gaps.add(new AccessGap(attendee.participantId(), need, detail)));
                }
            }
        }
        return gaps;
    }

    /** Why this need is not met, in plain words, or empty when it is met. */
    public Optional<String> unmet(AccessNeed need, Provision p, String language) {
        return switch (need) {
            case STEP_FREE_ACCESS -> physical(p, need, "needs step-free access; the venue has none");
            case ACCESSIBLE_TOILET -> physical(p, need, "needs an accessible toilet; the venue has none");
            case HEARING_LOOP -> physical(p, need, "needs a hearing loop; the venue has none");
            case QUIET_SPACE ->
                p.quietSpace() ? Optional.empty() : physical(p, need, "needs a quiet space; the venue has none");
            case ASSISTANCE_DOG_WELCOME ->
                physical(p, need, "comes with an assistance dog; the venue does not say dogs are welcome");
            case PERSONAL_ASSISTANT ->
                physical(p, need, "comes with a personal assistant; the venue does not say they are welcome");
            case BSL_INTERPRETER ->
                p.interpretation().stream().anyMatch(AccessRules::isBsl)
                        ? Optional.empty()
                        : Optional.of("needs a BSL interpreter; none booked");
            case SPOKEN_LANGUAGE_INTERPRETER -> spokenInterpreter(p, language);
            case CAPTIONS ->
                p.captions() || (inRoom(p) && p.venueFeatures().contains(need))
                        ? Optional.empty()
                        : Optional.of("needs captions; none arranged");
            case LARGE_PRINT ->
                p.largePrintMaterials() || p.venueFeatures().contains(need)
                        ? Optional.empty()
                        : Optional.of("needs large-print materials; none arranged");
            case EASY_READ ->
                p.easyReadMaterials() ? Optional.empty() : Optional.of("needs easy-read materials; none arranged");
            case REGULAR_BREAKS -> p.breaks() ? Optional.empty() : Optional.of("needs regular breaks; none planned");
            case SCREEN_READER_FRIENDLY ->
                p.venueFeatures().contains(need)
                        ? Optional.empty()
                        : Optional.of(
                                "needs screen-reader-friendly materials and tools; the venue does not offer them");
            case PHONE_DIAL_IN -> phoneDialIn(p);
        };
    }

    private static Optional<String> physical(Provision p, AccessNeed need, String detail) {
        return p.format() == SessionFormat.ONLINE || p.venueFeatures().contains(need)
                ? Optional.empty()
                : Optional.of(detail);
    }

    private static Optional<String> spokenInterpreter(Provision p, String language) {
        boolean booked = language == null || isBsl(language)
                ? p.interpretation().stream().anyMatch(l -> !isBsl(l))
                : p.interpretation().stream().anyMatch(l -> l.equalsIgnoreCase(language));
        if (booked) {
            return Optional.empty();
        }
        return Optional.of(
                language == null || isBsl(language)
                        ? "needs a spoken-language interpreter; none booked"
                        : "needs a spoken-language interpreter (" + language + "); none booked");
    }

    private static Optional<String> phoneDialIn(Provision p) {
        if (p.format() == SessionFormat.IN_PERSON) {
            return Optional.of("needs to join by phone; the session is in person only");
        }
        return p.venueFeatures().contains(AccessNeed.PHONE_DIAL_IN)
                ? Optional.empty()
                : Optional.of("needs to join by phone; no dial-in offered");
    }

    private static boolean hasQuietSpace(Provision p) {
        return p.quietSpace() || p.venueFeatures().contains(AccessNeed.QUIET_SPACE);
    }

    private static boolean inRoom(Provision p) {
        return p.format() != SessionFormat.ONLINE;
    }

    private static boolean isBsl(String language) {
        String code = language.toLowerCase(Locale.ROOT);
        return code.equals(BSL) || code.equals("bsl");
    }
}
