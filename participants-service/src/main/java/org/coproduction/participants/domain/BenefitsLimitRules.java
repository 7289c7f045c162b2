package org.coproduction.participants.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A person's own limit on payments for time, which they asked us to keep to so their benefits are not affected.
 * Plain Java, tested without a framework.
 */
public final class BenefitsLimitRules {

    private BenefitsLimitRules() {}

    /** The largest amount of money the suite handles (the same bound for every amount of the deployment). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    public static final int MAX_DECIMAL_PLACES = 2;

    /**
     * Whether paying {@code proposed} would take the person over their limit: the proposed amount plus the earlier
     * payments that fall in the same period (the one containing the proposed day) is more than the limit. Exactly at
     * the limit is not over it; earlier payments in other periods do not count.
     */
    public static boolean crosses(
            BigDecimal limit, BenefitsSchedule schedule, BenefitsPayment proposed, List<BenefitsPayment> earlier) {
        BenefitsPeriods.Span period = schedule.containing(proposed.on());
        BigDecimal total = proposed.amount();
        for (BenefitsPayment payment : earlier) {
            if (period.contains(payment.on())) {
                total = total.add(payment.amount());
            }
        }
        return total.compareTo(limit) > 0;
    }

    /** What is wrong with an amount of money, if anything: more than 0, at most 100000, at most 2 decimal places. */
    public static Optional<String> amountProblem(BigDecimal amount) {
        if (amount == null) {
            return Optional.of("is required");
        }
        if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            return Optional.of("must be more than 0 and at most 100000");
        }
        // 12.50 and 12.500 are the same amount; 12.505 is not one.
        if (amount.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            return Optional.of("must have at most 2 decimal places");
        }
        return Optional.empty();
    }
}
