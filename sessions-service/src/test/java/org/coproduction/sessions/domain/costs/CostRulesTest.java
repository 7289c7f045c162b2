package org.coproduction.sessions.domain.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionType;
import org.junit.jupiter.api.Test;

class CostRulesTest {
    static final CostRates RATES = new CostRates(
            Map.of(SessionType.MEETING, new BigDecimal("20.00"), SessionType.WORKSHOP, new BigDecimal("25.00")),
            new Allowance(new BigDecimal("12.50"), Basis.PER_SESSION),
            new Allowance(new BigDecimal("10.00"), Basis.PER_HOUR),
            new Allowance(new BigDecimal("15.00"), Basis.PER_HOUR),
            new Allowance(new BigDecimal("7.50"), Basis.PER_SESSION));
    static final Duration NINETY_MINUTES = Duration.ofMinutes(90);

    final CostRules rules = new CostRules();
    final UUID aisha = UUID.randomUUID();

    CostEstimate estimate(SessionFormat format, Claimant claimant) {
        return rules.estimate(SessionType.MEETING, format, NINETY_MINUTES, List.of(claimant), RATES);
    }

    @Test
    void timeIsPaidAtTheHourlyRateOfTheSessionType() {
        CostEstimate e = estimate(
                SessionFormat.ONLINE, new Claimant(aisha, PaymentForTime.WANTS_PAYMENT, false, false, false, false));
        assertThat(e.lines())
                .containsExactly(new CostLine(aisha, CostItem.TIME, new BigDecimal("30.00"), PaidAs.MONEY));
        assertThat(e.total()).isEqualByComparingTo("30.00");
        CostEstimate workshop = rules.estimate(
                SessionType.WORKSHOP,
                SessionFormat.ONLINE,
                NINETY_MINUTES,
                List.of(new Claimant(aisha, PaymentForTime.WANTS_PAYMENT, false, false, false, false)),
                RATES);
        assertThat(workshop.total()).isEqualByComparingTo("37.50");
    }

    @Test
    void peopleWhoDeclinePaymentGetNoTimeLine() {
        CostEstimate e = estimate(
                SessionFormat.ONLINE, new Claimant(aisha, PaymentForTime.DECLINES_PAYMENT, false, false, false, false));
        assertThat(e.lines()).isEmpty();
        assertThat(e.total()).isEqualByComparingTo("0");
    }

    @Test
    void vouchersAreShownAsVouchersAndCountedApart() {
        CostEstimate e = estimate(
                SessionFormat.ONLINE, new Claimant(aisha, PaymentForTime.VOUCHERS, false, false, false, false));
        assertThat(e.lines())
                .containsExactly(new CostLine(aisha, CostItem.TIME, new BigDecimal("30.00"), PaidAs.VOUCHERS));
        assertThat(e.vouchersTotal()).isEqualByComparingTo("30.00");
    }

    @Test
    void travelIsAFlatAmountForSessionsPeopleComeTo() {
        Claimant traveller = new Claimant(aisha, null, true, false, false, false);
        assertThat(estimate(SessionFormat.IN_PERSON, traveller).lines())
                .containsExactly(new CostLine(aisha, CostItem.TRAVEL, new BigDecimal("12.50"), PaidAs.MONEY));
        assertThat(estimate(SessionFormat.HYBRID, traveller).lines()).hasSize(1);
        assertThat(estimate(SessionFormat.ONLINE, traveller).lines()).isEmpty();
    }

    @Test
    void childcareIsPaidPerHourInEveryFormat() {
        Claimant parent = new Claimant(aisha, null, false, true, false, false);
        assertThat(estimate(SessionFormat.ONLINE, parent).lines())
                .containsExactly(new CostLine(aisha, CostItem.CHILDCARE, new BigDecimal("15.00"), PaidAs.MONEY));
    }

    @Test
    void careCoverIsPaidPerHourInEveryFormat() {
        Claimant carer = new Claimant(aisha, null, false, false, true, false);
        assertThat(estimate(SessionFormat.IN_PERSON, carer).lines())
                .containsExactly(new CostLine(aisha, CostItem.CARE_COVER, new BigDecimal("22.50"), PaidAs.MONEY));
    }

    @Test
    void mealsOnlyWhenPeopleComeInPerson() {
        Claimant eater = new Claimant(aisha, null, false, false, false, true);
        assertThat(estimate(SessionFormat.IN_PERSON, eater).lines())
                .containsExactly(new CostLine(aisha, CostItem.MEALS, new BigDecimal("7.50"), PaidAs.MONEY));
        assertThat(estimate(SessionFormat.ONLINE, eater).lines()).isEmpty();
    }

    @Test
    void amountsAreExactDecimalsRoundedToPence() {
        // 50 minutes at 20.00 an hour is 16.666...: rounded half-up to 16.67, never a binary fraction.
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.ONLINE,
                Duration.ofMinutes(50),
                List.of(new Claimant(aisha, PaymentForTime.WANTS_PAYMENT, false, false, false, false)),
                RATES);
        assertThat(e.total()).isEqualTo(new BigDecimal("16.67"));
    }

    @Test
    void theTotalAddsEveryLineOfEveryPerson() {
        UUID ben = UUID.randomUUID();
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.IN_PERSON,
                NINETY_MINUTES,
                List.of(
                        new Claimant(aisha, PaymentForTime.WANTS_PAYMENT, true, true, false, true),
                        new Claimant(ben, PaymentForTime.VOUCHERS, false, false, true, false)),
                RATES);
        // aisha 30 + 12.50 + 15 + 7.50; ben 30 (vouchers) + 22.50
        assertThat(e.lines()).hasSize(6);
        assertThat(e.total()).isEqualTo(new BigDecimal("117.50"));
        assertThat(e.vouchersTotal()).isEqualTo(new BigDecimal("30.00"));
    }

    @Test
    void aSessionTypeWithoutARatePaysNoTime() {
        CostEstimate e = rules.estimate(
                SessionType.MENTORING,
                SessionFormat.ONLINE,
                NINETY_MINUTES,
                List.of(new Claimant(aisha, PaymentForTime.WANTS_PAYMENT, false, false, false, false)),
                RATES);
        assertThat(e.lines()).isEmpty();
    }
}
