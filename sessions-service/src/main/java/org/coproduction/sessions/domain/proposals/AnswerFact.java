package org.coproduction.sessions.domain.proposals;

/**
 * One member's answer as the rules need it.
 *
 * @param livedExperience whether the person had the LIVED_EXPERIENCE role when they answered
 * @param objectionWithdrawn for an OBJECT answer, whether its author withdrew it (it then counts as concerns)
 */
public record AnswerFact(ProposalAnswerChoice answer, boolean livedExperience, boolean objectionWithdrawn) {
    public boolean objectionStanding() {
        return answer == ProposalAnswerChoice.OBJECT && !objectionWithdrawn;
    }
}
