package org.coproduction.sessions.domain.proposals;

/** The outcome of a closed proposal. */
public enum ProposalResult {
    AGREED,
    AGREED_WITH_CONCERNS,
    NOT_AGREED
}
