package org.coproduction.notifications.render;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.DigestFrequency;

/** Turns one person's agenda into the words of their digest, in their language and zone. */
@ApplicationScoped
public class DigestViewFactory {

    private final Wording wording;
    private final NotificationsConfig config;

    public DigestViewFactory(Wording wording, NotificationsConfig config) {
        this.wording = wording;
        this.config = config;
    }

    public DigestView build(Participant person, Agenda agenda, Instant since, Instant now) {
        String lang = Language.choose(person.languageTag());
        Locale locale = Locale.forLanguageTag(lang);
        DigestMessages m = wording.in(lang);
        ZoneId zone = Zones.of(person.timeZone(), ZoneId.of(config.digest().defaultZone()));
        TimeText time = new TimeText(zone, locale, m.to());
        DigestFormat format = DigestFormat.parse(person.format());

        List<DigestView.SessionItem> upcoming = list(agenda.upcomingSessions()).stream()
                .map(s -> new DigestView.SessionItem(
                        text(s.title()),
                        text(s.projectName()),
                        text(s.purpose()),
                        time.range(s.start(), s.end()),
                        where(s, m),
                        s.joiningLink(),
                        arrangements(s.arrangements(), m, locale)))
                .toList();
        List<DigestView.SummaryItem> summaries = list(agenda.summaries()).stream()
                .map(s -> new DigestView.SummaryItem(
                        text(s.title()),
                        text(s.projectName()),
                        time.date(s.start()),
                        text(s.summary()),
                        list(s.decisions()),
                        list(s.actions()).stream()
                                .map(a -> withDue(a.description(), a.due(), time, m))
                                .toList()))
                .toList();
        List<DigestView.ActionItem> actions = list(agenda.openActions()).stream()
                .map(a -> new DigestView.ActionItem(
                        text(a.description()),
                        a.sessionTitle() == null ? "" : m.fromSession(a.sessionTitle()),
                        a.due() == null ? "" : m.dueBy(time.due(a.due()))))
                .toList();
        List<DigestView.UpdateItem> updates = list(agenda.projectUpdates()).stream()
                .map(u -> new DigestView.UpdateItem(
                        text(u.title()), text(u.projectName()), m.posted(time.date(u.postedAt())), text(u.body())))
                .toList();
        Agenda.Contributions done = agenda.contributions();
        boolean contributed = done != null && (done.sessionsAttended() > 0 || done.hours() > 0);
        String thanks = contributed ? m.thanks(done.sessionsAttended(), hours(done.hours())) : m.thanksGeneral();
        boolean nothingHappened =
                upcoming.isEmpty() && summaries.isEmpty() && actions.isEmpty() && updates.isEmpty() && !contributed;

        return new DigestView(
                lang,
                m.subject(time.date(now)),
                person.greetingName(),
                time.date(since),
                zone.getId(),
                format == DigestFormat.LARGE_PRINT,
                upcoming,
                summaries,
                actions,
                updates,
                thanks,
                nothingHappened,
                m.settings(frequency(person, m, locale), format(format, m)),
                config.digest().preferencesUrl().orElse(null),
                null);
    }

    private static String where(Agenda.UpcomingSession s, DigestMessages m) {
        List<String> parts = new ArrayList<>();
        if (s.venue() != null && s.venue().name() != null) {
            parts.add(
                    s.venue().address() == null
                            ? s.venue().name()
                            : s.venue().name() + ", " + s.venue().address());
        }
        if (s.joiningLink() != null || "ONLINE".equals(s.format()) || "HYBRID".equals(s.format())) {
            parts.add(m.online());
        }
        return String.join(" / ", parts);
    }

    private static List<String> arrangements(Agenda.Arrangements a, DigestMessages m, Locale locale) {
        List<String> made = new ArrayList<>();
        if (a == null) {
            return made;
        }
        if (a.interpretation() != null && !a.interpretation().isEmpty()) {
            made.add(m.arrInterpretation(String.join(
                    ", ",
                    a.interpretation().stream()
                            .map(code -> languageName(code, m, locale))
                            .toList())));
        }
        if (Boolean.TRUE.equals(a.captions())) {
            made.add(m.arrCaptions());
        }
        if (Boolean.TRUE.equals(a.largePrintMaterials())) {
            made.add(m.arrLargePrint());
        }
        if (Boolean.TRUE.equals(a.easyReadMaterials())) {
            made.add(m.arrEasyRead());
        }
        if (Boolean.TRUE.equals(a.breaks())) {
            made.add(m.arrBreaks());
        }
        return made;
    }

    /** "bfi" is British Sign Language; other codes are named in the reader's language where Java knows them. */
    private static String languageName(String code, DigestMessages m, Locale locale) {
        if ("bfi".equalsIgnoreCase(code)) {
            return m.bsl();
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    private static String withDue(String description, String due, TimeText time, DigestMessages m) {
        return due == null || due.isBlank()
                ? text(description)
                : text(description) + " (" + m.dueBy(time.due(due)) + ")";
    }

    private static String frequency(Participant person, DigestMessages m, Locale locale) {
        String day = dayName(person.digestDay(), locale);
        return switch (DigestFrequency.parse(person.frequency())) {
            case FORTNIGHTLY -> m.everyTwoWeeks(day);
            case MONTHLY -> m.everyMonth(day);
            default -> m.everyWeek(day);
        };
    }

    static String dayName(String digestDay, Locale locale) {
        DayOfWeek day;
        try {
            day = digestDay == null
                    ? DayOfWeek.MONDAY
                    : DayOfWeek.valueOf(digestDay.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            day = DayOfWeek.MONDAY;
        }
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    private static String format(DigestFormat format, DigestMessages m) {
        return switch (format) {
            case PLAIN_TEXT -> m.formatPlain();
            case LARGE_PRINT -> m.formatLarge();
            default -> m.formatHtml();
        };
    }

    private static String hours(double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
