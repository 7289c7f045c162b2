package org.coproduction.notifications.render;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed wording of digests and notices, in plain words. English here; other languages in
 * {@code messages/msg_<lang>.properties} (Welsh: msg_cy). A missing translation falls back to English.
 */
@MessageBundle(value = "msg", locale = "en")
public interface DigestMessages {

    @Message("Your co-production update, {date}")
    String subject(String date);

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Here is what has happened since {since}, and what comes next.")
    String intro(String since);

    @Message(
            "There is nothing new to report this time, but the work goes on and you are part of it. We will be in touch when there is news.")
    String workGoesOn();

    @Message("Times are shown in your time zone ({zone}).")
    String timesNote(String zone);

    @Message("Coming up")
    String upcomingHeading();

    @Message("When")
    String when();

    @Message("to")
    String to();

    @Message("Where")
    String where();

    @Message("Online")
    String online();

    @Message("Joining link")
    String joiningLink();

    @Message("What it is for")
    String purpose();

    @Message("Arrangements made")
    String arrangements();

    @Message("Interpretation: {languages}")
    String arrInterpretation(String languages);

    @Message("British Sign Language (BSL)")
    String bsl();

    @Message("Captions")
    String arrCaptions();

    @Message("Large print materials")
    String arrLargePrint();

    @Message("Easy read materials")
    String arrEasyRead();

    @Message("Regular breaks")
    String arrBreaks();

    @Message("What was discussed and decided")
    String summariesHeading();

    @Message("Decisions")
    String decisions();

    @Message("Actions agreed")
    String actionsAgreed();

    @Message("Your actions")
    String actionsHeading();

    @Message("due {date}")
    String dueBy(String date);

    @Message("from {session}")
    String fromSession(String session);

    @Message("Project updates")
    String updatesHeading();

    @Message("posted {date}")
    String posted(String date);

    @Message("Thank you")
    String thanksHeading();

    @Message("Thank you for coming to {sessions}.")
    String thanksCame(String sessions);

    @Message("Thank you too for coming to {sessions}.")
    String thanksCameToo(String sessions);

    @Message("Thank you for coming to {session}, where we decided on {decisions}.")
    String thanksCameDecided(String session, String decisions);

    @Message("Thank you too for coming to {session}, where we decided on {decisions}.")
    String thanksCameDecidedToo(String session, String decisions);

    @Message("{title} on {day}")
    String sessionOnDay(String title, String day);

    @Message("Thank you for getting this done: {action}.")
    String thanksDidOne(String action);

    @Message("Thank you for getting these done: {actions}.")
    String thanksDidMany(String actions);

    @Message("Your experience shapes this work.")
    String thanksClosing();

    @Message("Thank you for taking part since your last update. Your experience shapes this work.")
    String thanksTookPart();

    @Message("and")
    String listAnd();

    @Message("Thank you for being part of this work.")
    String thanksGeneral();

    @Message("Not yet in Welsh")
    String notYetInWelsh();

    @Message("Not yet in {language}")
    String notYetIn(String language);

    @Message("We corrected this update on {date}.")
    String correctedOn(String date);

    @Message("{name} is doing this.")
    String ownedBy(String name);

    @Message("You are doing this.")
    String ownedByYou();

    @Message("No one has taken this on yet.")
    String noOwner();

    @Message("Done by {name}.")
    String doneBy(String name);

    @Message("Done by you.")
    String doneByYou();

    @Message("Done.")
    String doneNoOwner();

    @Message("Done since your last update")
    String doneHeading();

    @Message("Your projects")
    String projectsHeading();

    @Message("Decided together")
    String decidedHeading();

    @Message("Agreed")
    String resultAgreed();

    @Message("Agreed, with concerns noted")
    String resultAgreedWithConcerns();

    @Message("Not agreed")
    String resultNotAgreed();

    @Message("{answered} of {members} members answered: {agree} agreed, {concerns} had concerns, {object} objected.")
    String decidedCounts(int answered, int members, int agree, int concerns, int object);

    @Message("{count} of them took back their objection after a written reply.")
    String objectionsWithdrawn(int count);

    @Message("Have your say")
    String haveYourSayHeading();

    @Message("These proposals are waiting for your answer: agree, have concerns, or object.")
    String haveYourSayIntro();

    @Message("Answers close: {when}")
    String closes(String when);

    @Message("Give your answer")
    String giveYourAnswer();

    @Message("Who is in it")
    String members();

    @Message("{count} others")
    String others(int count);

    @Message("1 other")
    String oneOther();

    @Message("Your digest settings")
    String settingsHeading();

    @Message("You get this digest {frequency}, as {format}.")
    String settings(String frequency, String format);

    @Message("To change how often you get it, or to get it as plain text or large print, open your page:")
    String howToChange();

    @Message("How I hear from you")
    String hearPage();

    @Message("You can also change it here: {url}")
    String howToChangeAt(String url);

    @Message("every week on {day}")
    String everyWeek(String day);

    @Message("every two weeks on {day}")
    String everyTwoWeeks(String day);

    @Message("on the first {day} of each month")
    String everyMonth(String day);

    @Message("a formatted email")
    String formatHtml();

    @Message("plain text")
    String formatPlain();

    @Message("large print")
    String formatLarge();

    @Message("a letter in the post")
    String formatLetter();

    @Message("a large print letter in the post")
    String formatLargePrintLetter();

    @Message("a phone call")
    String formatCall();

    @Message("A session has been cancelled")
    String noticeCancelled();

    @Message("A session has changed")
    String noticeChanged();

    @Message("A message for you")
    String noticeGeneral();

    @Message("You are invited to a session")
    String noticeInvitation();

    @Message("Please tell us if you can come. Each link opens your page, where you confirm your answer:")
    String answerIntro();

    @Message("I'm coming")
    String answerComing();

    @Message("I can't come")
    String answerNotComing();

    @Message("Your link to your pages")
    String signInSubject();

    @Message("You asked for a new link to your pages. Open this link to see them:")
    String signInIntro();

    @Message("The link works for 14 days. Please do not share it: it opens your own pages.")
    String signInExpiry();

    @Message("If you did not ask for this, you can ignore this email: nothing will change.")
    String signInIgnore();

    @Message("The calendar file sent with this email has the latest details. Open it to add them to your calendar.")
    String calendarAttached();

    @Message("Please confirm your email address")
    String confirmSubject();

    @Message("You asked to get your co-production messages at this email address. To confirm it, open this link:")
    String confirmIntro();

    @Message("If you did not ask for this, you can ignore this email: nothing will change.")
    String confirmIgnore();
}
