package org.coproduction.notifications.notice.write;

import java.time.ZonedDateTime;

/**
 * The fixed wording of session notices and reminders in one language. Plain Java rather than a Qute bundle: the
 * writers that use it are plain classes, tested without a running service. English fixed sentences keep a Flesch
 * reading ease of 60 or more; every one has a Welsh version.
 */
public interface NoticeWords {

    static NoticeWords of(String lang) {
        return "cy".equals(lang) ? new WelshNoticeWords() : new EnglishNoticeWords();
    }

    String lang();

    // --- Dates and times, in the zone they are given in (Welsh mutates a day name after "o", "i" and "ar") ---

    /** "Monday 14 December" */
    String day(ZonedDateTime at);

    /** "Monday 14 December, 18:00" */
    String dayAndTime(ZonedDateTime at);

    /** "18:00" */
    String time(ZonedDateTime at);

    /** "Monday 14 December 2026, 18:00 to 20:00"; a session that crosses midnight names both days. */
    String range(ZonedDateTime start, ZonedDateTime end);

    // --- Subjects and headlines ---

    String subjectInvitation(String title);

    String subjectChanged(String title);

    String subjectCancelled(String title);

    String subjectReminder(String title, String day);

    String headlineReminder();

    // --- Facts, one a line ---

    String what(String title);

    String project(String name);

    /** @param zone the reader's zone id, named so that nobody has to guess whose time it is */
    String when(String range, String zone);

    String where(String place);

    String whereOnline();

    String whereHybrid(String place);

    String joiningLink(String link);

    String purpose(String purpose);

    String reason(String reason);

    String noteHeading();

    // --- What changed ---

    String titleChanged(String from, String to);

    String venueChanged(String from, String to);

    String addressChanged(String from, String to);

    String placeChanged();

    String formatChanged(String from, String to);

    String format(String format);

    String timeChanged(String from, String to);

    String endChanged(String from, String to);

    String timeSame();

    String placeSame();

    String linkAdded();

    String linkChanged();

    String linkRemoved();

    String purposeChanged();

    // --- Reminders ---

    String reminderIntro(String day);

    String arrangements(String list);

    String interpretation(String languages);

    String bsl();

    String captions();

    String largePrint();

    String easyRead();

    String breaks();

    String howToJoin(String link);

    String howToGetThere(String place);

    String list(java.util.List<String> items);

    // --- Sessions on a sensitive topic (issue 14): invitations, reminders, digests ---

    /** "Content note: We will talk about experiences of crisis care" */
    String contentNote(String note);

    /** "Sam is the wellbeing contact for this session." */
    String wellbeingContact(String name);

    String quietSpace();

    /** Opting out of a sensitive session needs no reason. */
    String canSayNo();

    // --- A training suggestion in the digest (issue 14) ---

    String trainingHeading();

    String trainingOneToOne();

    String trainingGroup();

    /** "It covers: facilitation, public speaking" */
    String trainingTopics(String list);
}
