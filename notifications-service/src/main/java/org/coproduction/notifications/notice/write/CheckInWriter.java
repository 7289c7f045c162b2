package org.coproduction.notifications.notice.write;

/**
 * CHECK_IN: a warm note to someone who has not been seen for a while. It asks nothing of them, says they need not
 * reply, and offers the portal's Taking a break page (a signed link, so the page opens signed in).
 */
public final class CheckInWriter {

    public WrittenNotice write(Reader reader, String breakUrl) {
        CareWords w = CareWords.of(reader.lang());
        return new WrittenNotice(
                reader.lang(),
                w.checkInSubject(),
                w.checkInHeadline(),
                w.checkInLines(),
                java.util.List.of(),
                null,
                java.util.List.of(),
                w.takingABreak(),
                breakUrl);
    }
}
