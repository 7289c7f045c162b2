package org.coproduction.notifications.render;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.DigestFrequency;
import org.coproduction.notifications.notice.write.NoticeWords;
import org.coproduction.notifications.notice.write.SensitiveLines;

/** Turns one person's agenda into the words of their digest, in their language and zone. */
@ApplicationScoped
public class DigestViewFactory {

    private final Wording wording;
    private final NotificationsConfig config;

    public DigestViewFactory(Wording wording, NotificationsConfig config) {
        this.wording = wording;
        this.config = config;
    }

    /**
     * @param names preferred names of the people the agenda names (action owners, project members), by id; someone
     *     missing (erased, or unknown) is not named
     */
    public DigestView build(Participant person, Agenda agenda, Instant since, Instant now, Map<UUID, String> names) {
        String lang = Language.choose(person.languageTag());
        Locale locale = Locale.forLanguageTag(lang);
        DigestMessages m = wording.in(lang);
        ZoneId zone = Zones.of(person.timeZone(), ZoneId.of(config.digest().defaultZone()));
        TimeText time = new TimeText(zone, locale, m.to());
        DigestFormat format = DigestFormat.parse(person.format());
        Reading reading = new Reading(person, lang, m, names);

        List<DigestView.SessionItem> upcoming = list(agenda.upcomingSessions()).stream()
                .map(s -> new DigestView.SessionItem(
                        text(s.title()),
                        text(s.projectName()),
                        text(s.purpose()),
                        time.range(s.start(), s.end()),
                        where(s, m),
                        s.joiningLink(),
                        arrangements(s.arrangements(), m, locale),
                        care(s, lang, names)))
                .toList();

        // An action is shown once: done ones as done, and one already listed under its summary is not repeated.
        Set<UUID> inSummaries = new HashSet<>();
        list(agenda.summaries())
                .forEach(s -> list(s.actions()).stream()
                        .map(Agenda.Action::id)
                        .filter(Objects::nonNull)
                        .forEach(inSummaries::add));
        Set<UUID> finished = new HashSet<>();
        list(agenda.completedActions()).stream()
                .map(Agenda.CompletedAction::actionId)
                .filter(Objects::nonNull)
                .forEach(finished::add);

        Map<UUID, List<String>> decisionsBySession = new HashMap<>();
        List<DigestView.SummaryItem> summaries = list(agenda.summaries()).stream()
                .map(s -> {
                    DigestView.SummaryItem item = summary(s, reading, time, m, finished);
                    if (s.sessionId() != null) {
                        decisionsBySession.putIfAbsent(s.sessionId(), item.decisions());
                    }
                    return item;
                })
                .toList();
        List<DigestView.ActionItem> actions = list(agenda.openActions()).stream()
                .filter(a -> a.actionId() == null
                        || (!inSummaries.contains(a.actionId()) && !finished.contains(a.actionId())))
                .map(a -> {
                    var choice = reading.choose(
                            a.language(), a.versions(), Agenda.ActionVersion::language, Agenda.ActionVersion::plain);
                    return new DigestView.ActionItem(
                            deed(choice.version()
                                    .map(Agenda.ActionVersion::description)
                                    .orElse(a.description())),
                            a.sessionTitle() == null ? "" : m.fromSession(a.sessionTitle()),
                            a.due() == null ? "" : m.dueBy(time.due(a.due())),
                            reading.owner(a.ownerId()),
                            reading.contentLang(choice),
                            reading.notYet(choice));
                })
                .toList();
        List<DigestView.DoneItem> done = list(agenda.completedActions()).stream()
                .filter(a -> a.actionId() == null || !inSummaries.contains(a.actionId()))
                .map(a -> {
                    var choice = reading.choose(
                            a.language(), a.versions(), Agenda.ActionVersion::language, Agenda.ActionVersion::plain);
                    return new DigestView.DoneItem(
                            deed(choice.version()
                                    .map(Agenda.ActionVersion::description)
                                    .orElse(a.description())),
                            a.sessionTitle() == null ? "" : m.fromSession(a.sessionTitle()),
                            reading.doneBy(a.ownerId()),
                            reading.contentLang(choice),
                            reading.notYet(choice));
                })
                .toList();
        List<DigestView.UpdateItem> updates = list(agenda.projectUpdates()).stream()
                .map(u -> {
                    var choice = reading.choose(
                            u.language(), u.versions(), Agenda.UpdateVersion::language, Agenda.UpdateVersion::plain);
                    return new DigestView.UpdateItem(
                            text(choice.version()
                                    .map(Agenda.UpdateVersion::title)
                                    .orElse(u.title())),
                            text(u.projectName()),
                            m.posted(time.date(u.postedAt())),
                            text(choice.version()
                                    .map(Agenda.UpdateVersion::body)
                                    .orElse(u.body())),
                            u.correctedAt() == null ? null : m.correctedOn(time.date(u.correctedAt())),
                            reading.contentLang(choice),
                            reading.notYet(choice));
                })
                .toList();
        List<DigestView.ProjectItem> projects = list(agenda.projects()).stream()
                .map(p -> new DigestView.ProjectItem(text(p.name()), text(p.purpose()), reading.members(p.memberIds())))
                .toList();

        Agenda.Contributions given = agenda.contributions();
        List<Thanks.Came> came = given == null
                ? List.of()
                : list(given.attended()).stream()
                        .map(a -> new Thanks.Came(
                                text(a.title()),
                                a.start(),
                                a.sessionId() == null
                                        ? List.of()
                                        : decisionsBySession.getOrDefault(a.sessionId(), List.of())))
                        .toList();
        List<String> theyFinished = list(agenda.completedActions()).stream()
                .filter(a -> person.id() != null && person.id().equals(a.ownerId()))
                .map(a -> deed(reading.choose(
                                a.language(), a.versions(), Agenda.ActionVersion::language, Agenda.ActionVersion::plain)
                        .version()
                        .map(Agenda.ActionVersion::description)
                        .orElse(a.description())))
                .toList();
        boolean tookPart = given != null && (given.sessionsAttended() > 0 || given.hours() > 0);
        List<Thanks.Sentence> thanks = new Thanks(m, lang, zone, now).write(came, theyFinished, tookPart);
        boolean contributed = tookPart || !came.isEmpty() || !theyFinished.isEmpty();
        List<DigestView.DecidedItem> decided = list(agenda.decidedProposals()).stream()
                .filter(p -> p.title() != null && p.result() != null)
                .map(p -> decided(p, m))
                .toList();
        List<DigestView.OpenProposalItem> haveYourSay = list(agenda.openProposals()).stream()
                .filter(p -> p.proposalId() != null && p.title() != null && p.closesAt() != null)
                .map(p -> new DigestView.OpenProposalItem(
                        p.proposalId(),
                        text(p.title()),
                        text(p.projectName()),
                        m.closes(time.range(p.closesAt(), null)),
                        null))
                .toList();
        boolean nothingHappened = decided.isEmpty()
                && haveYourSay.isEmpty()
                && upcoming.isEmpty()
                && summaries.isEmpty()
                && actions.isEmpty()
                && done.isEmpty()
                && updates.isEmpty()
                && !contributed;

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
                done,
                updates,
                projects,
                String.join(" ", thanks.stream().map(Thanks.Sentence::text).toList()),
                thanks,
                nothingHappened,
                m.settings(frequency(person, m, locale), howItComes(person, format, m)),
                config.digest().preferencesUrl().orElse(null),
                null,
                training(agenda.trainingSuggestion(), lang, time),
                decided,
                haveYourSay);
    }

    /** A decided proposal: its result in words, and how many agreed, had concerns and objected of the members. */
    static DigestView.DecidedItem decided(Agenda.DecidedProposal p, DigestMessages m) {
        String result = switch (p.result()) {
            case "AGREED" -> m.resultAgreed();
            case "AGREED_WITH_CONCERNS" -> m.resultAgreedWithConcerns();
            default -> m.resultNotAgreed();
        };
        Agenda.ProposalCounts c = p.counts();
        String counts = c == null || p.members() == null
                ? null
                : m.decidedCounts(
                        number(c.answered()), p.members(), number(c.agree()), number(c.concerns()), number(c.object()));
        // An agreed proposal that someone objected to reads as a contradiction unless the objection is said to have
        // been withdrawn (after the coordinator's written answer).
        int withdrawn = c == null || c.objectionsStanding() == null ? 0 : number(c.object()) - c.objectionsStanding();
        if (counts != null && withdrawn > 0) {
            counts = counts + " " + m.objectionsWithdrawn(withdrawn);
        }
        return new DigestView.DecidedItem(text(p.title()), text(p.projectName()), result, counts);
    }

    private static int number(Integer value) {
        return value == null ? 0 : value;
    }

    /** The lines a session on a sensitive topic carries, the same words as its invitation and reminder. */
    private static List<String> care(Agenda.UpcomingSession s, String lang, Map<UUID, String> names) {
        Agenda.Sensitive sensitive = s.sensitive();
        return SensitiveLines.of(
                NoticeWords.of(lang),
                sensitive == null ? null : sensitive.contentNote(),
                sensitive == null || sensitive.wellbeingContactId() == null
                        ? null
                        : names.get(sensitive.wellbeingContactId()),
                s.hasQuietSpace());
    }

    /** The agenda's training suggestion in the reader's words; null when there is none. */
    static DigestView.TrainingItem training(Agenda.TrainingSuggestion t, String lang, TimeText time) {
        if (t == null || t.title() == null || t.title().isBlank() || t.start() == null) {
            return null;
        }
        NoticeWords w = NoticeWords.of(lang);
        List<String> topics = list(t.matchingTopics()).isEmpty() ? list(t.trainingTopics()) : t.matchingTopics();
        return new DigestView.TrainingItem(
                w.trainingHeading(),
                t.title().strip(),
                time.range(t.start(), t.end()),
                "ONE_TO_ONE".equals(t.style()) ? w.trainingOneToOne() : w.trainingGroup(),
                topics.isEmpty() ? null : w.trainingTopics(TrainingTopicWords.list(topics, lang)));
    }

    /** A summary in the version chosen for the reader; its decisions and actions line up by position. */
    private static DigestView.SummaryItem summary(
            Agenda.Summary s, Reading reading, TimeText time, DigestMessages m, Set<UUID> finished) {
        var choice = reading.choose(
                s.language(), s.versions(), Agenda.SummaryVersion::language, Agenda.SummaryVersion::plain);
        Agenda.SummaryVersion version = choice.version().orElse(null);
        List<String> decisions = list(s.decisions());
        if (version != null
                && version.decisions() != null
                && version.decisions().size() == decisions.size()) {
            decisions = version.decisions();
        }
        List<Agenda.Action> originals = list(s.actions());
        List<String> rewritten = version != null
                        && version.actions() != null
                        && version.actions().size() == originals.size()
                ? version.actions()
                : null;
        List<DigestView.ActionLine> actions = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            Agenda.Action a = originals.get(i);
            String words = rewritten == null ? a.description() : rewritten.get(i);
            boolean isDone = a.isDone() || (a.id() != null && finished.contains(a.id()));
            actions.add(new DigestView.ActionLine(
                    deed(words),
                    isDone || a.due() == null || a.due().isBlank() ? null : m.dueBy(time.due(a.due())),
                    isDone ? reading.doneBy(a.ownerId()) : reading.owner(a.ownerId()),
                    isDone));
        }
        String summary = version != null && version.summary() != null ? version.summary() : s.summary();
        return new DigestView.SummaryItem(
                text(s.title()),
                text(s.projectName()),
                time.date(s.start()),
                text(summary),
                decisions.stream().map(DigestViewFactory::text).toList(),
                actions,
                reading.contentLang(choice),
                reading.notYet(choice));
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
        String name = day.getDisplayName(TextStyle.FULL, locale);
        // Welsh: the bundle writes "ar ddydd {day}" (mutated after "ar"), so only the name itself: "Llun".
        return "cy".equals(locale.getLanguage()) && name.regionMatches(true, 0, "Dydd ", 0, 5)
                ? name.substring(5)
                : name;
    }

    /** A letter or a call for people who asked for post or phone (they get no email); else the email's format. */
    private static String howItComes(Participant person, DigestFormat format, DigestMessages m) {
        return switch (person.channel()) {
            case "POST" -> format == DigestFormat.LARGE_PRINT ? m.formatLargePrintLetter() : m.formatLetter();
            case "PHONE" -> m.formatCall();
            default -> format(format, m);
        };
    }

    private static String format(DigestFormat format, DigestMessages m) {
        return switch (format) {
            case PLAIN_TEXT -> m.formatPlain();
            case LARGE_PRINT -> m.formatLarge();
            default -> m.formatHtml();
        };
    }

    /** An action's words without a closing full stop: the line goes on to say who does it. */
    static String deed(String description) {
        String words = text(description).strip();
        return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
    }

    static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
