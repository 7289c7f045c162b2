package org.coproduction.sessions.domain.proposals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How a proposal is decided (issue 15). AGREED when at least half the members answered, more agreed than had
 * concerns (a withdrawn objection counting as a concern) and no objection stands; AGREED_WITH_CONCERNS when, with at
 * least half answering and no objection standing, concerns outnumber agreement; otherwise NOT_AGREED, which takes a
 * tie between agreement and concerns: neither side has more, so nothing was agreed. A project with no members can
 * agree nothing.
 */
public final class ProposalOutcomeRules {
    private ProposalOutcomeRules() {}

    public static AnswerCounts count(Collection<AnswerFact> answers) {
        int agree = 0;
        int concerns = 0;
        int object = 0;
        int standing = 0;
        for (AnswerFact a : answers) {
            switch (a.answer()) {
                case AGREE -> agree++;
                case CONCERNS -> concerns++;
                case OBJECT -> {
                    object++;
                    if (a.objectionStanding()) {
                        standing++;
                    }
                }
            }
        }
        return new AnswerCounts(agree, concerns, object, standing, answers.size());
    }

    public static ProposalResult result(AnswerCounts counts, int members) {
        // "At least half": 2 of 4 is enough, 2 of 5 is not.
        boolean enoughAnswered = members > 0 && counts.answered() * 2 >= members;
        if (!enoughAnswered || counts.objectionsStanding() > 0) {
            return ProposalResult.NOT_AGREED;
        }
        int concerns = counts.concernsWithWithdrawnObjections();
        if (counts.agree() > concerns) {
            return ProposalResult.AGREED;
        }
        return concerns > counts.agree() ? ProposalResult.AGREED_WITH_CONCERNS : ProposalResult.NOT_AGREED;
    }

    /** The outcome as it would be recorded now. */
    public static Outcome decide(Collection<AnswerFact> answers, int members) {
        AnswerCounts counts = count(answers);
        long lived = answers.stream().filter(AnswerFact::livedExperience).count();
        return new Outcome(
                result(counts, members),
                counts,
                members,
                share(lived, answers.size()),
                share(answers.size() - lived, answers.size()));
    }

    /**
     * Whether the proposal may close before its closing time: every member has answered and no objection stands (a
     * standing objection keeps it open until it is withdrawn or the closing time comes).
     */
    public static boolean mayCloseNow(AnswerCounts counts, int members) {
        return members > 0 && counts.answered() >= members && counts.objectionsStanding() == 0;
    }

    /** Two decimal places; null when nobody answered, since there is no share of nobody. */
    static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
