package org.coproduction.portal.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the Money and Have your say pages, in plain English; Welsh in {@code messages/mp_cy.properties}. A
 * bundle of their own: Qute cannot generate one bundle of this many messages (the class fails verification), and
 * the tests hold it to the same rules as {@link PortalMessages}. Templates use {@code {mp:key}}.
 */
@MessageBundle(value = "mp", locale = "en")
public interface MoneyAndProposalsMessages {

    @Message("What we have paid you this year, and what we still owe you.")
    String moneyIntro();

    @Message("In {year}")
    String moneyYear(String year);

    @Message("We have paid you {amount}.")
    String moneyPaid(String amount);

    @Message("That is {money} in money and {vouchers} in vouchers.")
    String moneyPaidAs(String money, String vouchers);

    @Message("We have not paid you anything this year yet.")
    String moneyNonePaid();

    @Message("We still owe you {amount}.")
    String moneyOwed(String amount);

    @Message("Of this, {approved} is agreed and waiting to be paid. We are still checking {claimed}.")
    String moneyOwedParts(String approved, String claimed);

    @Message("We do not owe you anything right now.")
    String moneyNothingOwed();

    @Message("Please tell the team if something is missing.")
    String moneyAsk();

    @Message("Payments and your benefits")
    String benefitsHeading();

    @Message(
            "Some benefits can change if you are paid for your time. You can tell us the most we should pay you in money. We will check before we pay you. We can pay you in vouchers instead.")
    String benefitsWhy();

    @Message(
            "Who sees it: only you and the coordinators. We never send it to any other part of the system. Before we pay you, we only ask one thing: would this take you over your limit, yes or no?")
    String benefitsWho();

    @Message("Payments for my time may affect my benefits")
    String benefitsLegend();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("The most we should pay you in money")
    String benefitsLimit();

    @Message("Write the amount like 20.00. Leave it empty if you are not sure yet.")
    String benefitsLimitHint();

    @Message("Is that for each week or each month?")
    String periodLegend();

    @Message("Each week")
    String periodWeek();

    @Message("Each month")
    String periodMonth();

    @Message("The day your week starts")
    String weekStarts();

    @Message("The day of the month your assessment period starts")
    String monthStarts();

    @Message(
            "Universal Credit looks at your money one month at a time. Each of these months starts on the same day. You can find the day in your Universal Credit account. In a short month, we use its last day.")
    String monthStartsHint();

    @Message("Anything else about your benefits we should know")
    String benefitsNotes();

    @Message("Save what I told you")
    String benefitsSave();

    @Message("Forget what I told you about benefits")
    String benefitsForget();

    @Message("We have forgotten what you told us about your benefits.")
    String benefitsForgotten();

    @Message("Choose yes or no.")
    String errYesNo();

    @Message("Enter an amount like 20.00. It must be more than 0 and no more than {max}.")
    String errAmount(String max);

    @Message("Choose each week or each month.")
    String errPeriod();

    @Message("These are ideas put to your projects. Tell us what you think. Each answer counts.")
    String proposalsIntro();

    @Message("There is nothing to decide right now. We will tell you when there is.")
    String proposalsNone();

    @Message("Project: {project}")
    String proposalProject(String project);

    @Message("You can answer until {when}.")
    String proposalCloses(String when);

    @Message("This was decided on {when}.")
    String proposalDecided(String when);

    @Message("Your answer: {answer}")
    String proposalYourAnswer(String answer);

    @Message("You have not answered yet.")
    String proposalNotAnswered();

    @Message("Read it and answer: {title}")
    String proposalRead(String title);

    @Message("{answered} of {members} members have answered.")
    String proposalAnswered(String answered, String members);

    @Message("Answers so far")
    String countsLabel();

    @Message("Agree")
    String countAgree();

    @Message("Have concerns")
    String countConcerns();

    @Message("Object")
    String countObject();

    @Message("Objections still standing")
    String countStanding();

    @Message("I agree")
    String answerAGREE();

    @Message("I have concerns")
    String answerCONCERNS();

    @Message("I object")
    String answerOBJECT();

    @Message("What do you think?")
    String proposalLegend();

    @Message(
            "If you object, the coordinator will answer you in writing. It cannot be agreed while your objection stands.")
    String proposalObjectHint();

    @Message("Your comment")
    String proposalComment();

    @Message("Other members of the project can read it.")
    String proposalCommentHint();

    @Message("Thank you. We have noted your answer. You can change it until it closes.")
    String proposalSaved();

    @Message("You said you object. We will write to you with an answer.")
    String objectionWaiting();

    @Message("The coordinator's answer to your objection")
    String objectionAnswerHeading();

    @Message("If this answer is enough for you, you can withdraw your objection. It then counts as a concern.")
    String withdrawHint();

    @Message("Withdraw my objection")
    String withdrawButton();

    @Message("You took back your objection. It now counts as a concern.")
    String objectionWithdrawn();

    @Message("What was decided")
    String outcomeHeading();

    @Message("Agreed. More members agreed than had concerns, and no objection stood.")
    String outcomeAGREED();

    @Message(
            "Agreed, with concerns noted. No objection stood, but more members had concerns than agreed. The concerns are written down.")
    String outcomeAGREED_WITH_CONCERNS();

    @Message("Not agreed. Too few members answered, an objection still stood, or as many had concerns as agreed.")
    String outcomeNOT_AGREED();

    @Message("This has closed, so answers can no longer change.")
    String proposalClosedNow();

    @Message("Choose I agree, I have concerns or I object.")
    String errProposalAnswer();

    @Message("Back to all proposals")
    String backToProposals();
}
