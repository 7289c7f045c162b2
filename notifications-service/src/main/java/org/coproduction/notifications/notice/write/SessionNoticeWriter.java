package org.coproduction.notifications.notice.write;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.coproduction.notifications.domain.NoticeKind;

/**
 * Writes a session notice (invitation, change, cancellation) for one reader, in their language and zone: the subject,
 * what changed from what, and the session's facts one a line. A plain class: sessions-service sends the facts, this
 * turns them into words.
 */
public final class SessionNoticeWriter {

    /**
     * @param headline the notice's headline in the reader's language (the same as for notices written by hand)
     * @param previous how the session was just before a change (SESSION_CHANGED); null otherwise
     * @param reason the coordinator's reason for a cancellation; null when none was given
     * @param note the organisers' own words sent with the notice; shown under a heading of its own
     */
    public WrittenNotice write(
            NoticeKind kind,
            String headline,
            SessionDetails session,
            SessionDetails previous,
            String reason,
            String note,
            String lang,
            ZoneId zone) {
        return write(kind, headline, session, previous, reason, note, lang, zone, Map.of());
    }

    /** @param names preferred names of the people the session names (its wellbeing contact), by id */
    public WrittenNotice write(
            NoticeKind kind,
            String headline,
            SessionDetails session,
            SessionDetails previous,
            String reason,
            String note,
            String lang,
            ZoneId zone,
            Map<UUID, String> names) {
        NoticeWords w = NoticeWords.of(lang);
        String subject = switch (kind) {
            case SESSION_CANCELLED -> w.subjectCancelled(session.title());
            case SESSION_CHANGED -> w.subjectChanged(session.title());
            case SESSION_INVITATION -> w.subjectInvitation(session.title());
            default -> session.title();
        };
        List<String> changes = kind == NoticeKind.SESSION_CHANGED && previous != null
                ? changes(w, previous, session, zone)
                : List.of();
        List<String> facts = new ArrayList<>(facts(w, session, zone));
        if (kind == NoticeKind.SESSION_CANCELLED && present(reason)) {
            facts.add(w.reason(oneLine(reason)));
        }
        if (kind != NoticeKind.SESSION_CANCELLED) {
            SessionDetails.Sensitive sensitive = session.sensitive();
            facts.addAll(SensitiveLines.of(
                    w,
                    sensitive == null ? null : sensitive.contentNote(),
                    sensitive == null || sensitive.wellbeingContactId() == null
                            ? null
                            : names.get(sensitive.wellbeingContactId()),
                    session.hasQuietSpace()));
        }
        List<String> noteParagraphs = paragraphs(note);
        return new WrittenNotice(
                w.lang(),
                subject,
                headline,
                distinct(changes),
                distinct(facts),
                noteParagraphs.isEmpty() ? null : w.noteHeading(),
                noteParagraphs);
    }

    /** What, project, when (zone named), where, joining link, purpose: one fact a line, none repeated. */
    static List<String> facts(NoticeWords w, SessionDetails s, ZoneId zone) {
        List<String> facts = new ArrayList<>();
        facts.add(w.what(s.title()));
        if (present(s.projectName())) {
            facts.add(w.project(s.projectName()));
        }
        facts.add(w.when(w.range(at(s.start(), zone), at(s.end(), zone)), zone.getId()));
        if (s.venue() != null && present(s.venue().name())) {
            facts.add(
                    s.hybrid()
                            ? w.whereHybrid(s.venue().place())
                            : w.where(s.venue().place()));
        } else if (s.online() || present(s.joiningLink())) {
            facts.add(w.whereOnline());
        }
        if (present(s.joiningLink())) {
            facts.add(w.joiningLink(s.joiningLink()));
        }
        if (present(s.purpose())) {
            facts.add(w.purpose(oneLine(s.purpose())));
        }
        return facts;
    }

    /** Each change as a sentence saying what it was and what it is now; "the same" for time and place otherwise. */
    static List<String> changes(NoticeWords w, SessionDetails before, SessionDetails now, ZoneId zone) {
        List<String> changes = new ArrayList<>();
        // What changed comes first; "the time is the same" follows it, as the reader's next question.
        List<String> same = new ArrayList<>();
        if (present(before.title()) && !before.title().equals(now.title())) {
            changes.add(w.titleChanged(before.title(), now.title()));
        }
        if (!Objects.equals(before.start(), now.start())) {
            changes.add(w.timeChanged(w.dayAndTime(at(before.start(), zone)), w.dayAndTime(at(now.start(), zone))));
        } else if (!Objects.equals(before.end(), now.end()) && before.end() != null && now.end() != null) {
            changes.add(w.endChanged(w.time(at(before.end(), zone)), w.time(at(now.end(), zone))));
        } else {
            same.add(w.timeSame());
        }
        if (before.samePlace(now)) {
            same.add(w.placeSame());
        } else {
            changes.addAll(placeChanges(w, before, now));
        }
        if (present(before.purpose())
                && present(now.purpose())
                && !before.purpose().equals(now.purpose())) {
            changes.add(w.purposeChanged());
        }
        changes.addAll(same);
        return changes;
    }

    private static List<String> placeChanges(NoticeWords w, SessionDetails before, SessionDetails now) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.format(), now.format()) && before.format() != null && now.format() != null) {
            changes.add(w.formatChanged(w.format(before.format()), w.format(now.format())));
        }
        String beforeName = before.venueName();
        String nowName = now.venueName();
        if (beforeName != null && nowName != null) {
            if (!beforeName.equals(nowName)) {
                changes.add(w.venueChanged(beforeName, nowName));
            } else if (!Objects.equals(before.venueAddress(), now.venueAddress())
                    && present(before.venueAddress())
                    && present(now.venueAddress())) {
                changes.add(w.addressChanged(before.venueAddress(), now.venueAddress()));
            }
        } else if (!Objects.equals(beforeName, nowName) && Objects.equals(before.format(), now.format())) {
            changes.add(w.placeChanged());
        }
        if (!Objects.equals(before.joiningLink(), now.joiningLink())) {
            if (!present(before.joiningLink())) {
                changes.add(w.linkAdded());
            } else if (!present(now.joiningLink())) {
                changes.add(w.linkRemoved());
            } else {
                changes.add(w.linkChanged());
            }
        }
        // Something moved that has no sentence of its own (an address added, say): still say the place changed.
        return changes.isEmpty() ? List.of(w.placeChanged()) : changes;
    }

    static ZonedDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A fact is one line: line breaks inside it become spaces. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    static List<String> paragraphs(String text) {
        if (!present(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** No sentence twice (a change that reads like another, a fact said twice). */
    static List<String> distinct(List<String> lines) {
        return List.copyOf(new LinkedHashSet<>(lines));
    }
}
