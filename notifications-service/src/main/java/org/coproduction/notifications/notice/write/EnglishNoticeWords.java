package org.coproduction.notifications.notice.write;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** English wording of notices and reminders. */
public final class EnglishNoticeWords implements NoticeWords {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME_YEAR =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Override
    public String lang() {
        return "en";
    }

    @Override
    public String dayAndTime(ZonedDateTime at) {
        return DAY_TIME.format(at);
    }

    @Override
    public String day(ZonedDateTime at) {
        return DAY.format(at);
    }

    @Override
    public String range(ZonedDateTime start, ZonedDateTime end) {
        String from = DAY_TIME_YEAR.format(start);
        if (end == null) {
            return from;
        }
        return start.toLocalDate().equals(end.toLocalDate())
                ? from + " to " + TIME.format(end)
                : from + " to " + DAY_TIME_YEAR.format(end);
    }

    @Override
    public String time(ZonedDateTime at) {
        return TIME.format(at);
    }

    @Override
    public String subjectInvitation(String title) {
        return "Invitation: " + title;
    }

    @Override
    public String subjectChanged(String title) {
        return "Session changed: " + title;
    }

    @Override
    public String subjectCancelled(String title) {
        return "Session cancelled: " + title;
    }

    @Override
    public String subjectReminder(String title, String day) {
        return "Reminder: " + title + " on " + day;
    }

    @Override
    public String headlineReminder() {
        return "A reminder of your session";
    }

    @Override
    public String what(String title) {
        return "What: " + title;
    }

    @Override
    public String project(String name) {
        return "Project: " + name;
    }

    @Override
    public String when(String range, String zone) {
        return "When: " + range + " (" + zone + " time)";
    }

    @Override
    public String where(String place) {
        return "Where: " + place;
    }

    @Override
    public String whereOnline() {
        return "Where: online";
    }

    @Override
    public String whereHybrid(String place) {
        return "Where: " + place + ", or online";
    }

    @Override
    public String joiningLink(String link) {
        return "Joining link: " + link;
    }

    @Override
    public String purpose(String purpose) {
        return "What it is for: " + purpose;
    }

    @Override
    public String reason(String reason) {
        return "Why: " + reason;
    }

    @Override
    public String noteHeading() {
        return "A note from the organisers:";
    }

    @Override
    public String titleChanged(String from, String to) {
        return "The title changed from " + from + " to " + to + ".";
    }

    @Override
    public String venueChanged(String from, String to) {
        return "The venue changed from " + from + " to " + to + ".";
    }

    @Override
    public String addressChanged(String from, String to) {
        return "The address changed from " + from + " to " + to + ".";
    }

    @Override
    public String placeChanged() {
        return "The place changed.";
    }

    @Override
    public String formatChanged(String from, String to) {
        return "The session was " + from + ". Now it is " + to + ".";
    }

    @Override
    public String format(String format) {
        return switch (format == null ? "" : format) {
            case "ONLINE" -> "online";
            case "HYBRID" -> "in person and online";
            default -> "in person";
        };
    }

    @Override
    public String timeChanged(String from, String to) {
        return "The time changed from " + from + " to " + to + ".";
    }

    @Override
    public String endChanged(String from, String to) {
        return "The end time changed from " + from + " to " + to + ".";
    }

    @Override
    public String timeSame() {
        return "The time is the same.";
    }

    @Override
    public String placeSame() {
        return "The place is the same.";
    }

    @Override
    public String linkAdded() {
        return "There is now a joining link.";
    }

    @Override
    public String linkChanged() {
        return "The joining link changed.";
    }

    @Override
    public String linkRemoved() {
        return "There is no joining link now.";
    }

    @Override
    public String purposeChanged() {
        return "What it is for has changed.";
    }

    @Override
    public String reminderIntro(String day) {
        return "Your session is on " + day + ". We look forward to seeing you.";
    }

    @Override
    public String arrangements(String list) {
        return "Arrangements made for you: " + list;
    }

    @Override
    public String interpretation(String languages) {
        return "interpreting (" + languages + ")";
    }

    @Override
    public String bsl() {
        return "British Sign Language (BSL)";
    }

    @Override
    public String captions() {
        return "captions";
    }

    @Override
    public String largePrint() {
        return "large print papers";
    }

    @Override
    public String easyRead() {
        return "easy read papers";
    }

    @Override
    public String breaks() {
        return "regular breaks";
    }

    @Override
    public String howToJoin(String link) {
        return "How to join: open this link when the session starts: " + link;
    }

    @Override
    public String howToGetThere(String place) {
        return "How to get there: " + place;
    }

    @Override
    public String list(List<String> items) {
        return String.join(", ", items);
    }

    @Override
    public String contentNote(String note) {
        return "Content note: " + note;
    }

    @Override
    public String wellbeingContact(String name) {
        return name + " is the wellbeing contact for this session.";
    }

    @Override
    public String quietSpace() {
        return "There will be a quiet space.";
    }

    @Override
    public String canSayNo() {
        return "You can say you can't come without giving a reason.";
    }

    @Override
    public String trainingHeading() {
        return "Training you might like";
    }

    @Override
    public String trainingOneToOne() {
        return "One to one";
    }

    @Override
    public String trainingGroup() {
        return "In a group";
    }

    @Override
    public String trainingTopics(String list) {
        return "It covers: " + list;
    }
}
