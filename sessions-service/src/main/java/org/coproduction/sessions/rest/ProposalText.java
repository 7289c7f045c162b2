package org.coproduction.sessions.rest;

/** Words the proposal operations share in the OpenAPI document. */
final class ProposalText {
    static final String TAG = "Proposals";
    static final String TAG_DESCRIPTION = "Shared decisions: a coordinator or a member puts a proposal to a project; "
            + "each member agrees, has concerns or objects until it closes, and the outcome is recorded with who "
            + "answered.";
    static final String OUTCOME_RULES = " Outcome: AGREED when at least half the members answered, more agreed than "
            + "had concerns (a withdrawn objection counts as a concern) and no objection stands; AGREED_WITH_CONCERNS "
            + "when concerns outnumber agreement and no objection stands; otherwise NOT_AGREED (a tie too).";

    private ProposalText() {}
}
