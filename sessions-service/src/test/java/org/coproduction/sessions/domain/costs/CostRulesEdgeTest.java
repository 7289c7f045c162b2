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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The estimate's edges: missing allowances, per-hour support, odd lengths, rounding and empty estimates. */
class CostRulesEdgeTest {
    final CostRules rules = new CostRules();
    final UUID aisha = UUID.randomUUID();
    final UUID ben = UUID.randomUUID();

    static CostRates rates(Allowance travel, Allowance childcare, Allowance careCover, Allowance meals) {
        return new CostRates(Map.of(SessionType.MEETING, new BigDecimal("20.00")), travel, childcare, careCover, meals);
    }

    static Claimant claimsEverything(UUID id, PaymentForTime payment) {
        return new Claimant(id, payment, true, true, true, true);
    }

    @Test
    void noClaimantsCostNothingInPence() {
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.IN_PERSON,
                Duration.ofHours(1),
                List.of(),
                rates(null, null, null, null));
        assertThat(e.lines()).isEmpty();
        assertThat(e.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(e.vouchersTotal()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void anAllowanceThatIsNotConfiguredMakesNoLine() {
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.IN_PERSON,
                Duration.ofHours(1),
                List.of(claimsEverything(aisha, null)),
                rates(null, null, null, null));
        assertThat(e.lines()).isEmpty();
    }

    @Test
    void nothingRecordedAboutPaymentMeansNoTimeLine() {
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.ONLINE,
                Duration.ofHours(2),
                List.of(new Claimant(aisha, null, false, false, false, false)),
                rates(null, null, null, null));
        assertThat(e.lines()).isEmpty();
        assertThat(e.total()).isEqualByComparingTo("0");
    }

    @Test
    void zeroAllowancesMakeNoLine() {
        Allowance zero = new Allowance(BigDecimal.ZERO, Basis.PER_SESSION);
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.IN_PERSON,
                Duration.ofHours(1),
                List.of(claimsEverything(aisha, PaymentForTime.DECLINES_PAYMENT)),
                rates(zero, zero, zero, zero));
        assertThat(e.lines()).isEmpty();
    }

    @Test
    void travelAndMealsMayBePaidPerHourToo() {
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.HYBRID,
                Duration.ofMinutes(30),
                List.of(new Claimant(aisha, null, true, false, false, true)),
                rates(
                        new Allowance(new BigDecimal("8.00"), Basis.PER_HOUR),
                        null,
                        null,
                        new Allowance(new BigDecimal("5.00"), Basis.PER_HOUR)));
        assertThat(e.lines())
                .containsExactly(
                        new CostLine(aisha, CostItem.TRAVEL, new BigDecimal("4.00"), PaidAs.MONEY),
                        new CostLine(aisha, CostItem.MEALS, new BigDecimal("2.50"), PaidAs.MONEY));
        assertThat(e.total()).isEqualByComparingTo("6.50");
    }

    @Test
    void childcareAndCareCoverMayBeFlatPerSession() {
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.ONLINE,
                Duration.ofHours(3),
                List.of(new Claimant(aisha, null, false, true, true, false)),
                rates(
                        null,
                        new Allowance(new BigDecimal("9.99"), Basis.PER_SESSION),
                        new Allowance(new BigDecimal("0.01"), Basis.PER_SESSION),
                        null));
        assertThat(e.lines())
                .extracting(CostLine::item, CostLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CostItem.CHILDCARE, new BigDecimal("9.99")),
                        org.assertj.core.groups.Tuple.tuple(CostItem.CARE_COVER, new BigDecimal("0.01")));
    }

    @Test
    void aThirdOfAnHourRoundsHalfUpToPence() {
        // 20 minutes at 20.00 an hour is 6.666...: 6.67.
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.ONLINE,
                Duration.ofMinutes(20),
                List.of(new Claimant(aisha, PaymentForTime.WANTS_PAYMENT, false, false, false, false)),
                rates(null, null, null, null));
        assertThat(e.lines()).extracting(CostLine::amount).containsExactly(new BigDecimal("6.67"));
    }

    @Test
    void anAmountBelowHalfAPennyRoundsToNothingAndMakesNoLine() {
        // One minute at 0.20 an hour is 0.00333...: rounds to 0.00, so no line at all.
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.ONLINE,
                Duration.ofMinutes(1),
                List.of(new Claimant(aisha, null, false, true, false, false)),
                rates(null, new Allowance(new BigDecimal("0.20"), Basis.PER_HOUR), null, null));
        assertThat(e.lines()).isEmpty();
    }

    @Test
    void secondsShorterThanAMinuteAreNotPaid() {
        // Lengths are counted in whole minutes.
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.ONLINE,
                Duration.ofSeconds(59 * 60 + 59),
                List.of(new Claimant(aisha, PaymentForTime.WANTS_PAYMENT, false, false, false, false)),
                rates(null, null, null, null));
        assertThat(e.total()).isEqualByComparingTo("19.67");
    }

    @ParameterizedTest
    @EnumSource(
            value = SessionFormat.class,
            names = {"IN_PERSON", "HYBRID"})
    void everyItemOfAPersonComesInTheSameOrderInARoom(SessionFormat format) {
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                format,
                Duration.ofHours(1),
                List.of(claimsEverything(aisha, PaymentForTime.WANTS_PAYMENT)),
                rates(
                        new Allowance(BigDecimal.ONE, Basis.PER_SESSION),
                        new Allowance(BigDecimal.ONE, Basis.PER_HOUR),
                        new Allowance(BigDecimal.ONE, Basis.PER_HOUR),
                        new Allowance(BigDecimal.ONE, Basis.PER_SESSION)));
        assertThat(e.lines())
                .extracting(CostLine::item)
                .containsExactly(
                        CostItem.TIME, CostItem.TRAVEL, CostItem.CHILDCARE, CostItem.CARE_COVER, CostItem.MEALS);
        assertThat(e.total()).isEqualByComparingTo("24.00");
    }

    @Test
    void onlineThereIsNoTravelNorMealsButCaringStillCosts() {
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.ONLINE,
                Duration.ofHours(1),
                List.of(claimsEverything(aisha, PaymentForTime.VOUCHERS)),
                rates(
                        new Allowance(BigDecimal.ONE, Basis.PER_SESSION),
                        new Allowance(BigDecimal.ONE, Basis.PER_HOUR),
                        new Allowance(BigDecimal.ONE, Basis.PER_HOUR),
                        new Allowance(BigDecimal.ONE, Basis.PER_SESSION)));
        assertThat(e.lines())
                .extracting(CostLine::item)
                .containsExactly(CostItem.TIME, CostItem.CHILDCARE, CostItem.CARE_COVER);
        assertThat(e.vouchersTotal()).isEqualByComparingTo("20.00");
        assertThat(e.total()).isEqualByComparingTo("22.00");
    }

    @Test
    void vouchersAndMoneyFromSeveralPeopleAddUpSeparately() {
        CostEstimate e = rules.estimate(
                SessionType.MEETING,
                SessionFormat.ONLINE,
                Duration.ofMinutes(90),
                List.of(
                        new Claimant(aisha, PaymentForTime.VOUCHERS, false, false, false, false),
                        new Claimant(ben, PaymentForTime.WANTS_PAYMENT, false, false, false, false)),
                rates(null, null, null, null));
        assertThat(e.lines()).extracting(CostLine::participantId).containsExactly(aisha, ben);
        assertThat(e.total()).isEqualByComparingTo("60.00");
        assertThat(e.vouchersTotal()).isEqualByComparingTo("30.00");
    }

    @Test
    void theRatesKeepTheirOwnCopyOfTheHourlyTable() {
        Map<SessionType, BigDecimal> hourly = new java.util.HashMap<>(Map.of(SessionType.MEETING, BigDecimal.TEN));
        CostRates rates = new CostRates(hourly, null, null, null, null);
        hourly.put(SessionType.WORKSHOP, BigDecimal.ONE);
        assertThat(rates.hourly()).containsOnlyKeys(SessionType.MEETING);
    }
}
