package org.coproduction.sessions.domain.costs;

/** What a cost line pays for. */
public enum CostItem {
    TIME,
    TRAVEL,
    CHILDCARE,
    CARE_COVER,
    MEALS
}
