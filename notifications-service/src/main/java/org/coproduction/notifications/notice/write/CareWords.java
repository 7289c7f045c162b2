package org.coproduction.notifications.notice.write;

/**
 * The fixed wording of the notices that keep people involved and supported (issue 14): check-ins, coordinators'
 * summaries, follow-up offers and mentor pairings, one plain sentence each. English keeps a Flesch reading ease of 60
 * or more; every sentence has a Welsh version.
 */
public interface CareWords {

    static CareWords of(String lang) {
        return "cy".equals(lang) ? new WelshCareWords() : new EnglishCareWords();
    }

    // --- CHECK_IN: warm, asks nothing ---

    String checkInSubject();

    String checkInHeadline();

    java.util.List<String> checkInLines();

    /** The words of the link to the portal's Taking a break page. */
    String takingABreak();

    // --- ENGAGEMENT_SUMMARY: to coordinators ---

    String summarySubject(String projectName);

    String summaryHeadline();

    String summaryIntro(String projectName);

    /** One code and count in words ("not at the last 3 sessions"); null for a code this service does not know. */
    String reason(String code, int count);

    /** "Aisha: not at the last 3 sessions; last 2 invitations not answered. Last came on Monday 2 November." */
    String person(String name, String reasons, String lastCame);

    String lastCame(String day);

    String notCameYet();

    String summaryClosing();

    // --- FOLLOW_UP_OFFER: after a sensitive session ---

    String followUpSubject(String title);

    String followUpHeadline();

    String followUpThanks(String title, String day);

    String followUpFeelings();

    /** With their mentor (by name) or the wellbeing contact (by name); either name may be null (not known). */
    String followUpOffer(String mentor, String contact);

    String followUpBefore(String dayAndTime);

    String followUpNoNeed();

    String followUpHow();

    // --- MENTOR_PAIRED ---

    String menteeSubject();

    String menteeHeadline();

    /** "Ben will be your mentor or buddy." (null name: not known) */
    String menteeLine(String mentor);

    String menteeAsk();

    String mentorSubject(String mentee);

    String mentorHeadline();

    String mentorLine(String mentee);

    String mentorThanks();

    /** For a reader who is neither of the two (a coordinator copied in). */
    String pairLine(String mentor, String mentee);

    String pairNotRight();
}
