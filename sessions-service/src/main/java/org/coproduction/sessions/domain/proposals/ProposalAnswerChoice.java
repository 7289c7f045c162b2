package org.coproduction.sessions.domain.proposals;

/** What a member says to a proposal. */
public enum ProposalAnswerChoice {
    AGREE,
    CONCERNS,
    OBJECT
}
