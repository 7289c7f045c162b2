package org.coproduction.notifications.reminder;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Agenda.UpcomingSession;
import org.coproduction.notifications.notice.write.NoticeWords;
import org.coproduction.notifications.notice.write.SensitiveLines;
import org.coproduction.notifications.notice.write.WrittenNotice;

/**
 * Writes one reader's reminder of an upcoming session, in their language and zone: when, how to get there or join,
 * the arrangements made for them and what it is for, one fact a line. A plain class.
 */
public final class ReminderWriter {

    public WrittenNotice write(UpcomingSession session, String lang, ZoneId zone) {
        return write(session, lang, zone, Map.of());
    }

    /** @param names preferred names by id, for the wellbeing contact of a session on a sensitive topic */
    public WrittenNotice write(UpcomingSession session, String lang, ZoneId zone, Map<UUID, String> names) {
        NoticeWords w = NoticeWords.of(lang);
        ZonedDateTime start = session.start().atZone(zone);
        String day = w.day(start);
        List<String> facts = new ArrayList<>();
        facts.add(w.what(session.title()));
        if (present(session.projectName())) {
            facts.add(w.project(session.projectName()));
        }
        facts.add(w.when(
                w.range(start, session.end() == null ? null : session.end().atZone(zone)), zone.getId()));
        Agenda.Venue venue = session.venue();
        if (venue != null && present(venue.name())) {
            facts.add(w.howToGetThere(present(venue.address()) ? venue.name() + ", " + venue.address() : venue.name()));
        } else if ("ONLINE".equals(session.format()) || present(session.joiningLink())) {
            facts.add(w.whereOnline());
        }
        if (present(session.joiningLink())) {
            facts.add(w.howToJoin(session.joiningLink()));
        }
        List<String> arrangements = arrangements(w, session.arrangements());
        if (!arrangements.isEmpty()) {
            facts.add(w.arrangements(w.list(arrangements)));
        }
        if (present(session.purpose())) {
            facts.add(w.purpose(session.purpose().strip().replaceAll("\\s*\\R\\s*", " ")));
        }
        Agenda.Sensitive sensitive = session.sensitive();
        facts.addAll(SensitiveLines.of(
                w,
                sensitive == null ? null : sensitive.contentNote(),
                sensitive == null || sensitive.wellbeingContactId() == null
                        ? null
                        : names.get(sensitive.wellbeingContactId()),
                session.hasQuietSpace()));
        return new WrittenNotice(
                w.lang(),
                w.subjectReminder(session.title(), day),
                w.headlineReminder(),
                List.of(w.reminderIntro(day)),
                List.copyOf(new LinkedHashSet<>(facts)),
                null,
                List.of());
    }

    /** What was booked for this person: interpreting (BSL by name), captions, papers, breaks. */
    static List<String> arrangements(NoticeWords w, Agenda.Arrangements a) {
        List<String> items = new ArrayList<>();
        if (a == null) {
            return items;
        }
        if (a.interpretation() != null) {
            List<String> spoken = new ArrayList<>();
            for (String language : a.interpretation()) {
                String code = language == null ? "" : language.toLowerCase(Locale.ROOT);
                if (code.equals("bfi") || code.equals("bsl")) {
                    items.add(w.bsl());
                } else if (!code.isBlank()) {
                    spoken.add(language);
                }
            }
            if (!spoken.isEmpty()) {
                items.add(w.interpretation(String.join(", ", spoken)));
            }
        }
        if (Boolean.TRUE.equals(a.captions())) {
            items.add(w.captions());
        }
        if (Boolean.TRUE.equals(a.largePrintMaterials())) {
            items.add(w.largePrint());
        }
        if (Boolean.TRUE.equals(a.easyReadMaterials())) {
            items.add(w.easyRead());
        }
        if (Boolean.TRUE.equals(a.breaks())) {
            items.add(w.breaks());
        }
        return items;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
