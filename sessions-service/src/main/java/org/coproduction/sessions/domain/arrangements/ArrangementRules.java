package org.coproduction.sessions.domain.arrangements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;

/**
 * What a session needs arranging for the people expected at it (invitees who did not say NOT_COMING):
 * <ul>
 * <li>Dietary requirements grouped ignoring case and spacing ("Vegetarian" and " vegetarian " are one), most
 * common first.</li>
 * <li>Interpreters: each person's {@code language.interpretation}, and "bfi" for a BSL_INTERPRETER need (BSL is
 * "bfi", "bsl" is read as "bfi"); a SPOKEN_LANGUAGE_INTERPRETER need with no interpretation language takes their
 * preferred language when it is not English. One person counts once per language. Booked languages nobody needs are
 * listed too, so a booking left over is seen.</li>
 * <li>Large print: LARGE_PRINT needs and people who hear from us in LARGE_PRINT; easy read: EASY_READ needs.</li>
 * <li>A quiet space: someone needs one at a session held in a room, or the session is on a sensitive topic.</li>
 * </ul>
 */
public final class ArrangementRules {
    public static final String BSL = "bfi";

    /** The invitees expected to come: everyone but those who said NOT_COMING. */
    public List<UUID> expected(Collection<Invitee> invitees) {
        return invitees.stream()
                .filter(i -> !i.notComing())
                .map(Invitee::participantId)
                .toList();
    }

    /**
     * @param expected how many are expected (people participants-service no longer knows count, with no needs)
     * @param people the expected people participants-service knows
     * @param withNames whether the dietary groups name the people
     */
    public Arrangements arrange(
            int expected,
            SessionProvision session,
            Collection<PersonNeeds> people,
            Collection<Booking> bookings,
            boolean withNames) {
        List<Arrangements.Dietary> dietary = dietary(people, withNames);
        List<Arrangements.Interpreter> interpreters = interpreters(people, bookings);
        int largePrint = (int) people.stream()
                .filter(p -> p.needs().contains(AccessNeed.LARGE_PRINT) || p.largePrintFormat())
                .count();
        int easyRead = (int) people.stream()
                .filter(p -> p.needs().contains(AccessNeed.EASY_READ))
                .count();
        int quietNeeds = session.format() == SessionFormat.ONLINE
                ? 0
                : (int) people.stream()
                        .filter(p -> p.needs().contains(AccessNeed.QUIET_SPACE))
                        .count();
        boolean quietNeeded = session.sensitive() || quietNeeds > 0;

        List<String> missing = new ArrayList<>();
        for (Arrangements.Interpreter i : interpreters) {
            if (i.neededBy() > 0 && !i.booked()) {
                missing.add(people(i.neededBy()) + " an interpreter (" + i.language() + ") and none is booked");
            }
        }
        if (largePrint > 0 && !session.largePrint()) {
            missing.add(people(largePrint) + " large-print copies and none are arranged");
        }
        if (easyRead > 0 && !session.easyRead()) {
            missing.add(people(easyRead) + " easy-read copies and none are arranged");
        }
        if (quietNeeded && !session.quietSpace()) {
            missing.add(
                    session.sensitive()
                            ? "The session is on a sensitive topic and needs a quiet space; none is arranged"
                            : people(quietNeeds) + " a quiet space and none is arranged");
        }
        return new Arrangements(
                expected,
                dietary,
                interpreters,
                new Arrangements.Copies(largePrint, session.largePrint()),
                new Arrangements.Copies(easyRead, session.easyRead()),
                new Arrangements.QuietSpace(quietNeeded, session.quietSpace()),
                missing);
    }

    /** "1 person needs" or "3 people need". */
    static String people(int n) {
        return n == 1 ? "1 person needs" : n + " people need";
    }

    /** A dietary requirement as it is grouped: lower case, spaces collapsed; null when there is none. */
    public static String dietaryKey(String requirement) {
        if (requirement == null) {
            return null;
        }
        String key = requirement.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }

    /** An interpretation language as it is matched: lower case, "bsl" read as "bfi"; null when there is none. */
    public static String languageKey(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String key = language.strip().toLowerCase(Locale.ROOT);
        return key.equals("bsl") ? BSL : key;
    }

    static List<Arrangements.Dietary> dietary(Collection<PersonNeeds> people, boolean withNames) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (PersonNeeds p : people) {
            String key = dietaryKey(p.dietary());
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p.name() == null ? "" : p.name());
            }
        }
        return groups.entrySet().stream()
                .map(e -> new Arrangements.Dietary(
                        e.getKey(),
                        e.getValue().size(),
                        withNames ? e.getValue().stream().sorted().toList() : null))
                .sorted(Comparator.comparingInt(Arrangements.Dietary::count)
                        .reversed()
                        .thenComparing(Arrangements.Dietary::requirement))
                .toList();
    }

    static List<Arrangements.Interpreter> interpreters(Collection<PersonNeeds> people, Collection<Booking> bookings) {
        Map<String, Integer> needed = new TreeMap<>();
        for (PersonNeeds p : people) {
            needsInterpreting(p).forEach(language -> needed.merge(language, 1, Integer::sum));
        }
        Map<String, Booking> booked = new TreeMap<>();
        for (Booking b : bookings) {
            booked.put(languageKey(b.language()), b);
        }
        TreeMap<String, Boolean> languages = new TreeMap<>();
        needed.keySet().forEach(l -> languages.put(l, true));
        booked.keySet().forEach(l -> languages.put(l, true));
        return languages.keySet().stream()
                .map(l -> {
                    Booking b = booked.get(l);
                    return new Arrangements.Interpreter(
                            l,
                            needed.getOrDefault(l, 0),
                            b != null && b.booked(),
                            b == null ? null : b.cost(),
                            b == null ? null : b.reference());
                })
                .toList();
    }

    /** The languages this person needs interpreted, each once. */
    static List<String> needsInterpreting(PersonNeeds p) {
        List<String> languages = new ArrayList<>();
        String interpretation = languageKey(p.interpretation());
        if (interpretation != null) {
            languages.add(interpretation);
        }
        if (p.needs().contains(AccessNeed.BSL_INTERPRETER) && !languages.contains(BSL)) {
            languages.add(BSL);
        }
        String preferred = languageKey(p.preferredLanguage());
        if (interpretation == null
                && p.needs().contains(AccessNeed.SPOKEN_LANGUAGE_INTERPRETER)
                && preferred != null
                && !preferred.startsWith("en")
                && !languages.contains(preferred)) {
            languages.add(preferred);
        }
        return languages;
    }
}
