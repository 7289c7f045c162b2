package org.coproduction.participants.domain;

/** How a person's benefits are assessed: weekly for some benefits, a monthly assessment period for Universal Credit. */
public enum BenefitsPeriod {
    WEEK,
    MONTH
}
