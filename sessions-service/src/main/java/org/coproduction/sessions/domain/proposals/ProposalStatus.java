package org.coproduction.sessions.domain.proposals;

/** OPEN while members may answer; CLOSED once its outcome is recorded. */
public enum ProposalStatus {
    OPEN,
    CLOSED
}
