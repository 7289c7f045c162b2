package org.coproduction.portal.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every fixed word of the portal, in plain English; Welsh in {@code messages/msg_cy.properties} (a test fails if a
 * Welsh message is missing, stale or has other placeholders). Templates use {@code {msg:key}}; labels of values
 * (needs, days, frequencies) are looked up by {@link Words}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PortalMessages {

    @Message("Your co-production pages")
    String siteName();

    @Message("Skip to main content")
    String skip();

    @Message("Your pages")
    String navLabel();

    @Message("Coming up")
    String navComingUp();

    @Message("When I'm free")
    String navFree();

    @Message("What I need")
    String navNeeds();

    @Message("How I hear from you")
    String navHear();

    @Message("Taking a break or leaving")
    String navBreak();

    @Message("What I've given")
    String navGiven();

    @Message("My data")
    String navData();

    @Message("Sign out")
    String signOut();

    @Message("Cymraeg")
    String otherLanguage();

    @Message("cy")
    String otherLanguageCode();

    @Message("Saved. Thank you.")
    String saved();

    @Message("There is a problem")
    String errorSummary();

    @Message("Save")
    String save();

    @Message("(you don't have to say)")
    String optional();

    @Message("Times are in your time zone ({zone}).")
    String timesNote(String zone);

    @Message("These are the sessions you are invited to. Please tell us if you can come.")
    String comingUpIntro();

    @Message("You have no sessions coming up. We will email you when there is one.")
    String comingUpNone();

    @Message("When")
    String when();

    @Message("Where")
    String where();

    @Message("Online")
    String online();

    @Message("Link to join")
    String joinLink();

    @Message("What it is for")
    String purpose();

    @Message("What we have arranged")
    String arrangements();

    @Message("Interpreting: {languages}")
    String arrInterpretation(String languages);

    @Message("Captions")
    String arrCaptions();

    @Message("Large print papers")
    String arrLargePrint();

    @Message("Easy read papers")
    String arrEasyRead();

    @Message("Regular breaks")
    String arrBreaks();

    @Message("Nothing special yet. Tell us on the What I need page if something would help.")
    String arrNone();

    @Message("People coming so far: {count}")
    String comingCount(int count);

    @Message("You said you are coming.")
    String answerComing();

    @Message("You said you can't come.")
    String answerNotComing();

    @Message("You have not told us yet.")
    String answerNone();

    @Message("Add to my calendar (.ics file)")
    String calendar();

    @Message("I'm coming")
    String chooseComing();

    @Message("I can't come")
    String chooseNotComing();

    @Message("Can you come?")
    String answerLegend();

    @Message("Why you can't come")
    String reasonLabel();

    @Message("Send my answer")
    String sendAnswer();

    @Message("Thank you. We have noted that you are coming.")
    String savedComing();

    @Message("Thank you for telling us. We have noted that you can't come.")
    String savedNotComing();

    @Message("This session is cancelled.")
    String cancelled();

    @Message("Details and your answer: {title}")
    String details(String title);

    @Message("Please check your answer and send it.")
    String confirmAnswer();

    @Message("Back to all sessions")
    String backToList();

    @Message("Choose I'm coming or I can't come.")
    String errAnswer();

    @Message("Use {max} characters or fewer.")
    String errTooLong(String max);

    @Message("Tell us when you can usually take part. We only invite you at these times.")
    String freeIntro();

    @Message("Each week")
    String weeklyHeading();

    @Message("Leave a row empty to remove it.")
    String weeklyHint();

    @Message("Time {n}")
    String windowLegend(int n);

    @Message("Day")
    String day();

    @Message("From")
    String fromTime();

    @Message("To")
    String toTime();

    @Message("Not used")
    String noDay();

    @Message("When I'm away")
    String absencesHeading();

    @Message("You have not told us about any time away.")
    String absencesNone();

    @Message("First day away")
    String absenceFrom();

    @Message("Last day away")
    String absenceTo();

    @Message("Reason")
    String absenceReason();

    @Message("Add this time away")
    String addAbsence();

    @Message("{from} to {to}")
    String awayFromTo(String from, String to);

    @Message("Remove {what}")
    String remove(String what);

    @Message("How often")
    String limitsHeading();

    @Message("Days of notice you need before a session")
    String noticeDays();

    @Message("Most sessions in a month")
    String maxMonth();

    @Message("Enter a time like 18:00.")
    String errTime();

    @Message("The end time must be after the start time.")
    String errEndAfterStart();

    @Message("Choose a day for this time.")
    String errDay();

    @Message("Enter a date like 2027-04-01.")
    String errDate();

    @Message("The last day must be on or after the first day.")
    String errToBeforeFrom();

    @Message("Enter a whole number from {min} to {max}.")
    String errNumber(String min, String max);

    @Message("We could not save this. Please check your answers.")
    String errRejected();

    @Message("Tell us what helps you take part. We use this to plan each session.")
    String needsIntro();

    @Message("Access")
    String accessHeading();

    @Message("Why we ask: so the place and the way we meet suit you. Who sees it: the coordinators of your projects.")
    String accessWhy();

    @Message("What helps you")
    String accessLegend();

    @Message("Anything else we should know")
    String accessNotes();

    @Message("Payment and costs")
    String moneyHeading();

    @Message("Why we ask: so you are never out of pocket. Who sees it: coordinators and the finance team.")
    String moneyWhy();

    @Message("Payment for your time")
    String paymentLegend();

    @Message("Costs we cover")
    String costsLegend();

    @Message("Food needs (for example vegetarian)")
    String dietary();

    @Message("Language")
    String languageHeading();

    @Message("Why we ask: so you can follow and join in. Who sees it: the people who run your projects.")
    String languageWhy();

    @Message("Language for emails and these pages")
    String preferredLanguage();

    @Message("An interpreter you need")
    String interpretation();

    @Message("None")
    String noInterpreter();

    @Message("Use plain words in what we send me")
    String plainLanguage();

    @Message("Learning and support")
    String learningHeading();

    @Message(
            "Why we ask: so we can offer you training, and a mentor or buddy if you would like one. Who sees it: the coordinators of your projects.")
    String learningWhy();

    @Message("What you would like to learn")
    String topicsLegend();

    @Message("Mentors and buddies")
    String mentoringLegend();

    @Message("I would like a mentor or buddy")
    String wantsMentor();

    @Message("I could be a mentor or buddy for someone")
    String offersMentoring();

    @Message("Choose how often we email you and how it looks.")
    String hearIntro();

    @Message("How often")
    String frequencyLegend();

    @Message("Day it comes")
    String digestDay();

    @Message("How it looks")
    String formatLegend();

    @Message("How we reach you")
    String channelLegend();

    @Message("Email address")
    String hearEmail();

    @Message(
            "We need it if you choose email. It is optional for post or phone. Without one, we cannot send you links to sign in here.")
    String hearEmailHint();

    @Message("We sent a link to {address}. Your new address works once you follow it.")
    String hearPendingEmail(String address);

    @Message("Phone number")
    String hearPhone();

    @Message("We will call you on this number.")
    String hearPhoneHint();

    @Message("Address")
    String hearAddress();

    @Message("Put each part on its own line, up to 6 lines. Put the postcode in the box below.")
    String hearAddressHint();

    @Message("Postcode")
    String hearPostcode();

    @Message("Enter your email address, or choose post or phone.")
    String errEmailNeeded();

    @Message("Enter an email address like name@example.org.")
    String errEmailInvalid();

    @Message("Save your new email address first, and follow the link we send to it. Then you can choose email.")
    String errEmailFirst();

    @Message("Enter your phone number, so that we can call you.")
    String errPhoneNeeded();

    @Message("Enter a phone number using only digits, spaces, brackets or dashes.")
    String errPhoneInvalid();

    @Message("Enter your address, so that we can post letters to you.")
    String errAddressNeeded();

    @Message("Use 6 lines or fewer, and 100 characters or fewer on each line.")
    String errAddressLines();

    @Message("Enter your postcode.")
    String errPostcodeNeeded();

    @Message("You stopped our regular emails on {date}. Choose how often to start them again.")
    String unsubscribed(String date);

    @Message("See what my next email will look like")
    String previewLink();

    @Message("Your next email")
    String previewTitle();

    @Message("This is how your next email looks today. Nothing has been sent.")
    String previewNote();

    @Message("You can step back at any time. You don't have to say why.")
    String breakIntro();

    @Message("Take a break")
    String pauseHeading();

    @Message("We will not invite you or email you until the day you choose. It can be up to a year away.")
    String pauseHint();

    @Message("The day you come back")
    String pauseUntil();

    @Message("Start my break")
    String pauseButton();

    @Message("You are on a break until {date}.")
    String paused(String date);

    @Message("End my break now")
    String resumeButton();

    @Message("Leave")
    String leaveHeading();

    @Message(
            "We will stop inviting you and stop our emails. The team can always welcome you back. If you want us to delete your data, ask the team.")
    String leaveHint();

    @Message("Yes, I want to leave")
    String leaveConfirm();

    @Message("Leave")
    String leaveButton();

    @Message("You have left")
    String leftTitle();

    @Message("Thank you for all you gave. We will not contact you again. Your links no longer open these pages.")
    String leftText();

    @Message("Choose a day after today and within a year.")
    String errPauseDate();

    @Message("Tick the box to say you want to leave.")
    String errLeaveConfirm();

    @Message("Your break has started. We will be in touch after {date}.")
    String breakStarted(String date);

    @Message("Welcome back. Your break has ended.")
    String breakEnded();

    @Message("In the last 12 months you came to {sessions} sessions and gave {hours} hours of your time.")
    String givenText(String sessions, String hours);

    @Message("Thank you. What you know from your own life shapes this work.")
    String givenThanks();

    @Message("You have not been to a session in the last 12 months. We hope to see you soon.")
    String givenNone();

    @Message("You can download all we hold about you. It is one file. You can open it in a text editor.")
    String dataIntro();

    @Message("Download my data")
    String dataButton();

    @Message("Open your pages")
    String signInTitle();

    @Message("Use the link in any email we sent you. Or ask for a new link here.")
    String signInIntro();

    @Message("Your email address")
    String emailLabel();

    @Message("Email me a link")
    String sendLink();

    @Message("Check your email")
    String linkSentTitle();

    @Message("If we know this address, we have sent a link to it. The link works for 14 days.")
    String linkSentText();

    @Message("Please use a newer link")
    String freshTitle();

    @Message(
            "This page shows private things, like your needs or money. To keep them safe, it needs a link we sent you in the last day.")
    String freshText();

    @Message("Email me a new link")
    String freshButton();

    @Message("This link does not work")
    String refusedTitle();

    @Message("This link is not complete, or it was changed. Please use the link in your email again.")
    String refusedBroken();

    @Message("This link is too old. Links work for 14 days.")
    String refusedExpired();

    @Message("This link no longer opens any pages.")
    String refusedClosed();

    @Message("Please try again")
    String forgeryTitle();

    @Message(
            "We could not be sure this form came from your pages. Nothing was changed. Please go back, reload the page and try again.")
    String forgeryText();

    @Message("Sorry, we can't do that right now")
    String unavailableTitle();

    @Message("Part of the system is not answering. Nothing was lost. Please try again in a few minutes.")
    String unavailableText();

    @Message("Page not found")
    String notFoundTitle();

    @Message("We could not find this page. It may not be yours, or it may have been removed.")
    String notFoundText();

    @Message("Someone else changed this")
    String conflictTitle();

    @Message("Someone changed this at the same time. Nothing was saved. Please look again and try once more.")
    String conflictText();

    @Message("Something went wrong")
    String errorTitle();

    @Message("Sorry. Nothing was changed. Please try again later.")
    String errorText();

    @Message("You have signed out")
    String signedOutTitle();

    @Message("To come back, use the link in any email we sent you.")
    String signedOutText();

    @Message("Enter an email address like name@example.org.")
    String errEmail();

    @Message("Go to your pages")
    String home();

    @Message("You have asked for many links. Please wait an hour and try again.")
    String tooMany();

    @Message("Step-free access")
    String needSTEP_FREE_ACCESS();

    @Message("An accessible toilet")
    String needACCESSIBLE_TOILET();

    @Message("A hearing loop")
    String needHEARING_LOOP();

    @Message("A British Sign Language interpreter")
    String needBSL_INTERPRETER();

    @Message("An interpreter for a spoken language")
    String needSPOKEN_LANGUAGE_INTERPRETER();

    @Message("Captions")
    String needCAPTIONS();

    @Message("Large print")
    String needLARGE_PRINT();

    @Message("Easy read")
    String needEASY_READ();

    @Message("Papers that work with a screen reader")
    String needSCREEN_READER_FRIENDLY();

    @Message("A quiet space")
    String needQUIET_SPACE();

    @Message("Regular breaks")
    String needREGULAR_BREAKS();

    @Message("Joining by phone")
    String needPHONE_DIAL_IN();

    @Message("My assistance dog")
    String needASSISTANCE_DOG_WELCOME();

    @Message("My personal assistant")
    String needPERSONAL_ASSISTANT();

    @Message("Co-production: the basics")
    String topicCO_PRODUCTION_BASICS();

    @Message("Running a session (facilitation)")
    String topicFACILITATION();

    @Message("Chairing meetings")
    String topicCHAIRING_MEETINGS();

    @Message("Speaking in public")
    String topicPUBLIC_SPEAKING();

    @Message("Sharing your own story safely")
    String topicSHARING_LIVED_EXPERIENCE();

    @Message("Peer support")
    String topicPEER_SUPPORT();

    @Message("Being a mentor or buddy")
    String topicMENTORING();

    @Message("Keeping people safe (safeguarding)")
    String topicSAFEGUARDING();

    @Message("Working with care after trauma")
    String topicTRAUMA_INFORMED_PRACTICE();

    @Message("Research and checking what works")
    String topicRESEARCH_AND_EVALUATION();

    @Message("Writing in plain words")
    String topicPLAIN_LANGUAGE_WRITING();

    @Message("Computers and online meetings")
    String topicDIGITAL_SKILLS();

    @Message("Equality and inclusion")
    String topicEQUALITY_AND_INCLUSION();

    @Message("How decisions are made")
    String topicGOVERNANCE();

    @Message("Interviewing and choosing staff")
    String topicINTERVIEWING_AND_RECRUITMENT();

    @Message("Pay me for my time")
    String payWANTS_PAYMENT();

    @Message("I don't want payment")
    String payDECLINES_PAYMENT();

    @Message("Vouchers, not money")
    String payVOUCHERS();

    @Message("Travel")
    String costTravel();

    @Message("Childcare")
    String costChildcare();

    @Message("Care cover")
    String costCareCover();

    @Message("Meals")
    String costMeals();

    @Message("Every week")
    String freqWEEKLY();

    @Message("Every two weeks")
    String freqFORTNIGHTLY();

    @Message("Every month")
    String freqMONTHLY();

    @Message("Never")
    String freqNEVER();

    @Message("Normal email")
    String fmtHTML();

    @Message("Plain text")
    String fmtPLAIN_TEXT();

    @Message("Large print")
    String fmtLARGE_PRINT();

    @Message("Email")
    String chanEMAIL();

    @Message("Post")
    String chanPOST();

    @Message("Phone")
    String chanPHONE();

    @Message("Monday")
    String dayMONDAY();

    @Message("Tuesday")
    String dayTUESDAY();

    @Message("Wednesday")
    String dayWEDNESDAY();

    @Message("Thursday")
    String dayTHURSDAY();

    @Message("Friday")
    String dayFRIDAY();

    @Message("Saturday")
    String daySATURDAY();

    @Message("Sunday")
    String daySUNDAY();

    @Message("English")
    String langEn();

    @Message("Welsh (Cymraeg)")
    String langCy();

    @Message("British Sign Language")
    String langBfi();

    @Message("Polish")
    String langPl();

    @Message("Arabic")
    String langAr();

    @Message("Urdu")
    String langUr();

    @Message("Somali")
    String langSo();

    @Message("Confirm your new email address")
    String emailConfirmTitle();

    @Message("Press the button to use this address for our emails from now on.")
    String emailConfirmText();

    @Message("Use my new address")
    String emailConfirmButton();

    @Message("Your email address is changed")
    String emailConfirmedTitle();

    @Message("Thank you. We will use your new address from now on.")
    String emailConfirmedText();

    @Message("We could not change your address")
    String emailNotConfirmedTitle();

    @Message("This link is old or was used already. Ask for the change again on your pages.")
    String emailNotConfirmedText();

    @Message("Money")
    String navMoney();

    @Message("Have your say")
    String navProposals();
}
