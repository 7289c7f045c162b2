package org.coproduction.notifications.notice.write;

import org.coproduction.notifications.domain.NoticeKind;

/** Writes a notice of one of the kinds that keep people involved and supported (issue 14) for one reader. */
public final class CareNoticeWriter {

    private final CheckInWriter checkIn = new CheckInWriter();
    private final EngagementSummaryWriter summary = new EngagementSummaryWriter();
    private final FollowUpOfferWriter followUp = new FollowUpOfferWriter();
    private final MentorPairedWriter paired = new MentorPairedWriter();

    /**
     * @param breakUrl the reader's signed link to the portal's Taking a break page (CHECK_IN only)
     * @throws IllegalArgumentException when the facts the kind needs are missing (POST /notices refuses such notices)
     */
    public WrittenNotice write(
            NoticeKind kind, CareFacts facts, SessionDetails session, Reader reader, String breakUrl) {
        return switch (kind) {
            case CHECK_IN -> checkIn.write(reader, breakUrl);
            case ENGAGEMENT_SUMMARY -> summary.write(reader, required(facts.engagement(), kind));
            case FOLLOW_UP_OFFER -> followUp.write(reader, session, required(facts.followUp(), kind));
            case MENTOR_PAIRED -> paired.write(reader, required(facts.mentoring(), kind));
            default -> throw new IllegalArgumentException(kind + " is not written by this writer");
        };
    }

    private static <T> T required(T facts, NoticeKind kind) {
        if (facts == null) {
            throw new IllegalArgumentException(kind + " needs its facts");
        }
        return facts;
    }
}
