package org.coproduction.notifications.notice.write;

import java.util.ArrayList;
import java.util.List;

/**
 * FOLLOW_UP_OFFER: after a session on a sensitive topic, thanks the person and offers a debrief or a one-to-one with
 * their mentor or the wellbeing contact (each by name) until a date in the reader's zone, saying they need not take it.
 */
public final class FollowUpOfferWriter {

    public WrittenNotice write(Reader reader, SessionDetails session, CareFacts.FollowUp followUp) {
        CareWords w = CareWords.of(reader.lang());
        NoticeWords dates = NoticeWords.of(reader.lang());
        String title = session == null ? "" : SessionNoticeWriter.oneLine(session.title());
        List<String> lines = new ArrayList<>();
        if (session != null && session.start() != null) {
            lines.add(w.followUpThanks(title, dates.day(session.start().atZone(reader.zone()))));
        }
        lines.add(w.followUpFeelings());
        lines.add(w.followUpOffer(reader.name(followUp.mentorId()), reader.name(followUp.wellbeingContactId())));
        if (followUp.dueBy() != null) {
            lines.add(w.followUpBefore(dates.dayAndTime(followUp.dueBy().atZone(reader.zone()))));
        }
        lines.add(w.followUpNoNeed());
        lines.add(w.followUpHow());
        return new WrittenNotice(
                reader.lang(),
                title.isEmpty() ? w.followUpHeadline() : w.followUpSubject(title),
                w.followUpHeadline(),
                lines,
                List.of(),
                null,
                List.of());
    }
}
