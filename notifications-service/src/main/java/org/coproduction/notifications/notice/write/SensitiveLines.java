package org.coproduction.notifications.notice.write;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader is told about a session on a sensitive topic, the same in an invitation, a reminder and a digest: the
 * content note, who the wellbeing contact is, the quiet space when one is arranged, and that they can say they can't
 * come without a reason. A quiet space is mentioned for any session that has one.
 */
public final class SensitiveLines {

    private SensitiveLines() {}

    /**
     * @param contentNote null when the session is not sensitive
     * @param contactName the wellbeing contact's preferred name; null when not known (then they are not named)
     */
    public static List<String> of(NoticeWords w, String contentNote, String contactName, boolean quietSpace) {
        List<String> lines = new ArrayList<>();
        boolean sensitive = SessionNoticeWriter.present(contentNote);
        if (sensitive) {
            lines.add(w.contentNote(SessionNoticeWriter.oneLine(contentNote)));
            if (SessionNoticeWriter.present(contactName)) {
                lines.add(w.wellbeingContact(contactName));
            }
        }
        if (quietSpace) {
            lines.add(w.quietSpace());
        }
        if (sensitive) {
            lines.add(w.canSayNo());
        }
        return lines;
    }
}
