package org.coproduction.notifications.notice.write;

import java.util.List;

/** English wording of check-ins, coordinators' summaries, follow-up offers and mentor pairings. */
public final class EnglishCareWords implements CareWords {

    @Override
    public String checkInSubject() {
        return "We are thinking of you";
    }

    @Override
    public String checkInHeadline() {
        return "Just saying hello";
    }

    @Override
    public List<String> checkInLines() {
        return List.of(
                "We have not seen you for a while, and we wanted to say hello.",
                "Your part in this work matters to us.",
                "There is nothing you need to do, and you don't need to reply.",
                "If you would like a break, you can tell us on the Taking a break page.",
                "We hope to see you again when it suits you.");
    }

    @Override
    public String takingABreak() {
        return "Taking a break";
    }

    @Override
    public String summarySubject(String projectName) {
        return "People who might need a call: " + projectName;
    }

    @Override
    public String summaryHeadline() {
        return "People who might need a call";
    }

    @Override
    public String summaryIntro(String projectName) {
        return "These people in " + projectName + " have not taken part for a while. They might need a call.";
    }

    @Override
    public String reason(String code, int count) {
        boolean one = count == 1;
        return switch (code == null ? "" : code) {
            case "MISSED_SESSIONS" -> one ? "not at the last session" : "not at the last " + count + " sessions";
            case "NO_SESSION_FOR_WEEKS" -> one ? "no session for 1 week" : "no session for " + count + " weeks";
            case "DECLINED_INVITATIONS" -> one ? "last invitation declined" : "last " + count + " invitations declined";
            case "UNANSWERED_INVITATIONS" ->
                one ? "last invitation not answered" : "last " + count + " invitations not answered";
            default -> null;
        };
    }

    @Override
    public String person(String name, String reasons, String lastCame) {
        return name + ": " + reasons + ". " + lastCame;
    }

    @Override
    public String lastCame(String day) {
        return "Last came on " + day + ".";
    }

    @Override
    public String notCameYet() {
        return "Has not come yet.";
    }

    @Override
    public String summaryClosing() {
        return "Nobody who is taking a break is on this list.";
    }

    @Override
    public String followUpSubject(String title) {
        return "Thank you for taking part in " + title;
    }

    @Override
    public String followUpHeadline() {
        return "Thank you for taking part";
    }

    @Override
    public String followUpThanks(String title, String day) {
        return "Thank you for taking part in " + title + " on " + day + ".";
    }

    @Override
    public String followUpFeelings() {
        return "Talking about these things can bring up hard feelings.";
    }

    @Override
    public String followUpOffer(String mentor, String contact) {
        String with = contact == null ? "the wellbeing contact" : contact + ", the wellbeing contact";
        if (mentor != null) {
            with = "your mentor, " + mentor + ", or with " + with;
        }
        return "If it would help, you can have a debrief or a one-to-one chat with " + with + ".";
    }

    @Override
    public String followUpBefore(String dayAndTime) {
        return "This offer is open until " + dayAndTime + ".";
    }

    @Override
    public String followUpNoNeed() {
        return "You don't need to take it up, and you don't need to give a reason.";
    }

    @Override
    public String followUpHow() {
        return "To take it up, tell your coordinator.";
    }

    @Override
    public String menteeSubject() {
        return "Your mentor or buddy";
    }

    @Override
    public String menteeHeadline() {
        return "You have a mentor or buddy";
    }

    @Override
    public String menteeLine(String mentor) {
        return mentor == null ? "We have found you a mentor or buddy." : mentor + " will be your mentor or buddy.";
    }

    @Override
    public String menteeAsk() {
        return "You can ask them about anything to do with this work.";
    }

    @Override
    public String mentorSubject(String mentee) {
        return mentee == null ? "You will be mentoring someone" : "You will be mentoring " + mentee;
    }

    @Override
    public String mentorHeadline() {
        return "Thank you for offering to mentor";
    }

    @Override
    public String mentorLine(String mentee) {
        return mentee == null ? "You will be mentoring someone new." : "You will be mentoring " + mentee + ".";
    }

    @Override
    public String mentorThanks() {
        return "Thank you for giving your time and what you know.";
    }

    @Override
    public String pairLine(String mentor, String mentee) {
        return (mentor == null ? "Someone" : mentor) + " will be the mentor or buddy of "
                + (mentee == null ? "someone new" : mentee) + ".";
    }

    @Override
    public String pairNotRight() {
        return "If it does not feel right, tell your coordinator. That is fine.";
    }
}
