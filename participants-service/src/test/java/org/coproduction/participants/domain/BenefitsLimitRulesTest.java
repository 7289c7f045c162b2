package org.coproduction.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenefitsLimitRulesTest {

    private static final BenefitsSchedule WEEKLY = BenefitsSchedule.weekly(DayOfWeek.MONDAY);

    private static BenefitsPayment paid(String amount, String on) {
        return new BenefitsPayment(new BigDecimal(amount), LocalDate.parse(on));
    }

    private static boolean crosses(
            String limit, BenefitsSchedule schedule, BenefitsPayment proposed, BenefitsPayment... earlier) {
        return BenefitsLimitRules.crosses(new BigDecimal(limit), schedule, proposed, List.of(earlier));
    }

    @Test
    void exactlyAtTheLimitIsNotOverIt() {
        assertThat(crosses("20.00", WEEKLY, paid("20.00", "2027-03-05"))).isFalse();
        assertThat(crosses("20", WEEKLY, paid("10.00", "2027-03-05"), paid("10", "2027-03-01")))
                .isFalse();
        assertThat(crosses("20.00", WEEKLY, paid("10.01", "2027-03-05"), paid("10.00", "2027-03-01")))
                .isTrue();
        assertThat(crosses("20.00", WEEKLY, paid("20.01", "2027-03-05"))).isTrue();
    }

    @Test
    void earlierPaymentsInTheSamePeriodAddUp() {
        assertThat(crosses(
                        "30.00",
                        WEEKLY,
                        paid("10.00", "2027-03-05"),
                        paid("10.00", "2027-03-01"),
                        paid("10.00", "2027-03-07"),
                        paid("0.01", "2027-03-03")))
                .isTrue();
    }

    @Test
    void earlierPaymentsOutsideThePeriodAreIgnored() {
        // The week of Friday 5 March 2027 runs Monday 1 to Sunday 7 March.
        assertThat(crosses(
                        "25.00",
                        WEEKLY,
                        paid("25.00", "2027-03-05"),
                        paid("100.00", "2027-02-28"),
                        paid("100.00", "2027-03-08"),
                        paid("100.00", "2026-03-05")))
                .isFalse();
        assertThat(crosses("25.00", WEEKLY, paid("25.00", "2027-03-05"), paid("0.01", "2027-03-01")))
                .isTrue();
    }

    @Test
    void theWeekStartsOnThePersonsDay() {
        BenefitsSchedule fromThursday = BenefitsSchedule.weekly(DayOfWeek.THURSDAY);
        // Thursday 4 March starts the week of Friday 5 March; Wednesday 3 March is the week before.
        assertThat(crosses("20.00", fromThursday, paid("15.00", "2027-03-05"), paid("10.00", "2027-03-03")))
                .isFalse();
        assertThat(crosses("20.00", fromThursday, paid("15.00", "2027-03-05"), paid("10.00", "2027-03-04")))
                .isTrue();
    }

    @Test
    void aMonthlyAssessmentPeriodFromThe31st() {
        BenefitsSchedule universalCredit = BenefitsSchedule.monthly(31);
        // A payment on 30 April starts the period 30 April - 30 May: 29 April was in the one before.
        assertThat(crosses("100.00", universalCredit, paid("60.00", "2027-04-30"), paid("60.00", "2027-04-29")))
                .isFalse();
        assertThat(crosses("100.00", universalCredit, paid("60.00", "2027-04-30"), paid("60.00", "2027-05-30")))
                .isTrue();
        // In a leap year February's period starts on the 29th.
        assertThat(crosses("100.00", universalCredit, paid("60.00", "2028-02-29"), paid("60.00", "2028-02-28")))
                .isFalse();
        assertThat(crosses("100.00", universalCredit, paid("60.00", "2028-02-28"), paid("60.00", "2028-01-31")))
                .isTrue();
    }

    @Test
    void amountsAreMoreThanZeroAtMostAHundredThousandAndInPence() {
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("0.01"))).isEmpty();
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("100000"))).isEmpty();
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("100000.00")))
                .isEmpty();
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("12.500"))).isEmpty();
        assertThat(BenefitsLimitRules.amountProblem(null)).contains("is required");
        assertThat(BenefitsLimitRules.amountProblem(BigDecimal.ZERO))
                .contains("must be more than 0 and at most 100000");
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("-5")))
                .contains("must be more than 0 and at most 100000");
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("100000.01")))
                .contains("must be more than 0 and at most 100000");
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("1e10")))
                .contains("must be more than 0 and at most 100000");
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("12.505")))
                .contains("must have at most 2 decimal places");
        assertThat(BenefitsLimitRules.amountProblem(new BigDecimal("1e-3")))
                .contains("must have at most 2 decimal places");
    }
}
