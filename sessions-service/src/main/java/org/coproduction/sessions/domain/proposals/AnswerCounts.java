package org.coproduction.sessions.domain.proposals;

/**
 * How members answered. {@code object} counts every objection made; {@code objectionsStanding} those not withdrawn.
 * So agree + concerns + object = answered, and a withdrawn objection still shows as an objection.
 */
public record AnswerCounts(int agree, int concerns, int object, int objectionsStanding, int answered) {
    public static final AnswerCounts NONE = new AnswerCounts(0, 0, 0, 0, 0);

    /** Concerns as the outcome weighs them: an objection withdrawn after a written response counts as a concern. */
    public int concernsWithWithdrawnObjections() {
        return concerns + object - objectionsStanding;
    }
}
