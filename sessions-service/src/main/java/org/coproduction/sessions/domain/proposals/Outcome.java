package org.coproduction.sessions.domain.proposals;

import java.math.BigDecimal;

/**
 * A proposal's outcome with what it was decided on.
 *
 * @param livedExperienceShare of those who answered, the share with the lived-experience role (null: nobody answered)
 * @param professionalShare of those who answered, the share with any other role (null: nobody answered)
 */
public record Outcome(
        ProposalResult result,
        AnswerCounts counts,
        int members,
        BigDecimal livedExperienceShare,
        BigDecimal professionalShare) {}
