package org.coproduction.notifications.notice.write;

import java.util.List;

/**
 * MENTOR_PAIRED: the mentee hears who their mentor or buddy is, the mentor whom they will support, each by preferred
 * name; anyone else copied in reads who pairs with whom.
 */
public final class MentorPairedWriter {

    public WrittenNotice write(Reader reader, CareFacts.Mentoring mentoring) {
        CareWords w = CareWords.of(reader.lang());
        String mentor = reader.name(mentoring.mentorId());
        String mentee = reader.name(mentoring.menteeId());
        if (reader.id() != null && reader.id().equals(mentoring.menteeId())) {
            return written(
                    reader,
                    w.menteeSubject(),
                    w.menteeHeadline(),
                    List.of(w.menteeLine(mentor), w.menteeAsk(), w.pairNotRight()));
        }
        if (reader.id() != null && reader.id().equals(mentoring.mentorId())) {
            return written(
                    reader,
                    w.mentorSubject(mentee),
                    w.mentorHeadline(),
                    List.of(w.mentorLine(mentee), w.mentorThanks(), w.pairNotRight()));
        }
        return written(reader, w.menteeSubject(), w.menteeHeadline(), List.of(w.pairLine(mentor, mentee)));
    }

    private static WrittenNotice written(Reader reader, String subject, String headline, List<String> lines) {
        return new WrittenNotice(reader.lang(), subject, headline, lines, List.of(), null, List.of());
    }
}
