package org.coproduction.portal.page;

import io.quarkus.qute.TemplateData;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.coproduction.portal.client.sessions.model.Proposal;
import org.coproduction.portal.client.sessions.model.ProposalAnswer;
import org.coproduction.portal.client.sessions.model.ProposalCounts;
import org.coproduction.portal.client.sessions.model.ProposalObjection;
import org.coproduction.portal.client.sessions.model.ProposalStatus;

/**
 * One proposal as the Have your say pages show it to one member, in their words and zone: what they answered, where
 * their objection stands, and once closed, the outcome in words.
 *
 * @param myAnswer AGREE, CONCERNS, OBJECT, or "" when they have not answered
 * @param objection where their own objection stands, or NONE
 */
@TemplateData
public record ProposalView(
        UUID id,
        String title,
        List<String> paragraphs,
        String projectName,
        boolean open,
        String closes,
        String myAnswer,
        String myAnswerLabel,
        String myComment,
        Objection objection,
        String response,
        int members,
        int answered,
        int agree,
        int concerns,
        int object,
        int objectionsStanding,
        String outcome) {

    /** Where the person's own objection stands. */
    public enum Objection {
        /** They did not object. */
        NONE,
        /** They objected; the coordinator has not answered in writing yet. */
        WAITING,
        /** The coordinator answered: they may withdraw it. */
        ANSWERED,
        /** They withdrew it after the answer (it counts as a concern). */
        WITHDRAWN
    }

    public static final List<String> ANSWERS = List.of("AGREE", "CONCERNS", "OBJECT");

    public static ProposalView of(Proposal p, UUID me, String projectName, ZoneId zone, Words words) {
        MoneyAndProposalsMessages m = words.moneyAndProposals();
        ProposalAnswer mine = p.getAnswers() == null
                ? null
                : p.getAnswers().stream()
                        .filter(a -> me.equals(a.getParticipantId()))
                        .findFirst()
                        .orElse(null);
        String answer =
                mine == null || mine.getAnswer() == null ? "" : mine.getAnswer().getValue();
        boolean open = p.getStatus() == ProposalStatus.OPEN;
        // Once closed, the outcome's counts are the ones decided on.
        ProposalCounts counts =
                !open && p.getOutcome() != null && p.getOutcome().getCounts() != null
                        ? p.getOutcome().getCounts()
                        : p.getCounts();
        ProposalObjection objection = mine == null ? null : mine.getObjection();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", words.locale());
        String closes =
                p.getClosesAt() == null ? "" : when.format(p.getClosesAt().atZoneSameInstant(zone));
        String decided = p.getOutcome() == null || p.getOutcome().getDecidedAt() == null
                ? closes
                : when.format(p.getOutcome().getDecidedAt().atZoneSameInstant(zone));
        return new ProposalView(
                p.getId(),
                p.getTitle(),
                paragraphs(p.getText()),
                projectName,
                open,
                open ? closes : decided,
                answer,
                answer.isEmpty() ? "" : answerLabel(answer, m),
                mine == null || mine.getComment() == null ? "" : mine.getComment(),
                objectionState(answer, objection),
                objection == null || objection.getResponse() == null ? "" : objection.getResponse(),
                p.getMembers() == null ? 0 : p.getMembers(),
                number(counts == null ? null : counts.getAnswered()),
                number(counts == null ? null : counts.getAgree()),
                number(counts == null ? null : counts.getConcerns()),
                number(counts == null ? null : counts.getObject()),
                number(counts == null ? null : counts.getObjectionsStanding()),
                open || p.getOutcome() == null || p.getOutcome().getResult() == null
                        ? ""
                        : outcome(p.getOutcome().getResult().getValue(), m));
    }

    /** "3 of 8 members have answered." */
    public String answeredSentence(MoneyAndProposalsMessages m) {
        return m.proposalAnswered(Integer.toString(answered), Integer.toString(members));
    }

    /** They objected and wait for the coordinator's written answer. */
    public boolean objectionWaiting() {
        return objection == Objection.WAITING;
    }

    /** The coordinator's written answer is there to show (whether or not they withdrew since). */
    public boolean objectionAnswered() {
        return objection == Objection.ANSWERED || objection == Objection.WITHDRAWN;
    }

    public boolean objectionWithdrawn() {
        return objection == Objection.WITHDRAWN;
    }

    /** Whether the "Withdraw my objection" button belongs on the page. */
    public boolean canWithdraw() {
        return open && objection == Objection.ANSWERED;
    }

    static Objection objectionState(String answer, ProposalObjection objection) {
        if (objection == null) {
            return "OBJECT".equals(answer) ? Objection.WAITING : Objection.NONE;
        }
        if (objection.getWithdrawnAt() != null) {
            return Objection.WITHDRAWN;
        }
        return objection.getResponse() != null || objection.getRespondedAt() != null
                ? Objection.ANSWERED
                : Objection.WAITING;
    }

    public static String answerLabel(String answer, MoneyAndProposalsMessages m) {
        return switch (answer) {
            case "AGREE" -> m.answerAGREE();
            case "CONCERNS" -> m.answerCONCERNS();
            case "OBJECT" -> m.answerOBJECT();
            default -> answer;
        };
    }

    static String outcome(String result, MoneyAndProposalsMessages m) {
        return switch (result) {
            case "AGREED" -> m.outcomeAGREED();
            case "AGREED_WITH_CONCERNS" -> m.outcomeAGREED_WITH_CONCERNS();
            default -> m.outcomeNOT_AGREED();
        };
    }

    /** The text as its author wrote it: a blank line starts a new paragraph. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.replace("\r\n", "\n").split("\\n\\s*\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static int number(Integer n) {
        return n == null ? 0 : n;
    }
}
