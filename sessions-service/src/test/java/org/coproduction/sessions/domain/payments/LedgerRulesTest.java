package org.coproduction.sessions.domain.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.coproduction.sessions.domain.costs.PaidAs;
import org.coproduction.sessions.domain.payments.LedgerRules.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerRulesTest {

    @ParameterizedTest
    @CsvSource({
        "ESTIMATED, CLAIM, APPLY",
        "CLAIMED, CLAIM, REPEAT",
        "APPROVED, CLAIM, REFUSE",
        "PAID, CLAIM, REFUSE",
        "DECLINED, CLAIM, REFUSE",
        "ESTIMATED, APPROVE, REFUSE",
        "CLAIMED, APPROVE, APPLY",
        "APPROVED, APPROVE, REPEAT",
        "PAID, APPROVE, REFUSE",
        "DECLINED, APPROVE, REFUSE",
        "ESTIMATED, PAY, REFUSE",
        "CLAIMED, PAY, REFUSE",
        "APPROVED, PAY, APPLY",
        "PAID, PAY, REPEAT",
        "DECLINED, PAY, REFUSE",
        "ESTIMATED, DECLINE, APPLY",
        "CLAIMED, DECLINE, APPLY",
        "APPROVED, DECLINE, REFUSE",
        "PAID, DECLINE, REFUSE",
        "DECLINED, DECLINE, REPEAT"
    })
    void everyStepFromEveryStatus(PaymentStatus from, PaymentStep step, Verdict verdict) {
        LedgerRules.Decision d = LedgerRules.decide(from, step, true);
        assertThat(d.verdict()).isEqualTo(verdict);
        assertThat(d.refusal() == null).isEqualTo(verdict != Verdict.REFUSE);
    }

    @Test
    void refusalsSayWhatIsWrongInPlainWords() {
        assertThat(LedgerRules.decide(PaymentStatus.CLAIMED, PaymentStep.PAY, true)
                        .refusal())
                .isEqualTo("You cannot pay what was not approved: this line is CLAIMED.");
        assertThat(LedgerRules.decide(PaymentStatus.ESTIMATED, PaymentStep.APPROVE, true)
                        .refusal())
                .isEqualTo("You cannot approve what was not claimed: this line is ESTIMATED.");
        assertThat(LedgerRules.decide(PaymentStatus.PAID, PaymentStep.CLAIM, true)
                        .refusal())
                .isEqualTo("You cannot claim this line: it is PAID, and only an ESTIMATED line can be claimed.");
        assertThat(LedgerRules.decide(PaymentStatus.APPROVED, PaymentStep.DECLINE, true)
                        .refusal())
                .isEqualTo("You cannot decline this line: it is APPROVED, and only an ESTIMATED or CLAIMED line "
                        + "can be declined.");
    }

    @Test
    void theSameStepWithOtherContentIsNotARepeat() {
        LedgerRules.Decision d = LedgerRules.decide(PaymentStatus.CLAIMED, PaymentStep.CLAIM, false);
        assertThat(d.verdict()).isEqualTo(Verdict.REFUSE);
        assertThat(d.refusal()).isEqualTo("This line is already CLAIMED with different details; nothing was changed.");
        // Other content matters only when the line is already there.
        assertThat(LedgerRules.decide(PaymentStatus.ESTIMATED, PaymentStep.CLAIM, false)
                        .verdict())
                .isEqualTo(Verdict.APPLY);
    }

    @Test
    void onlyTimePaidInMoneyIsPutToTheBenefitsCheck() {
        assertThat(LedgerRules.needsBenefitsCheck(PaymentItem.TIME, PaidAs.MONEY))
                .isTrue();
        assertThat(LedgerRules.needsBenefitsCheck(PaymentItem.TIME, PaidAs.VOUCHERS))
                .isFalse();
        assertThat(LedgerRules.needsBenefitsCheck(PaymentItem.TRAVEL, PaidAs.MONEY))
                .isFalse();
        assertThat(LedgerRules.needsBenefitsCheck(PaymentItem.INTERPRETER, PaidAs.MONEY))
                .isFalse();
    }

    @Test
    void aLineIsPaidTheWayItWasApproved() {
        assertThat(LedgerRules.payingAnotherWay(PaidAs.MONEY, PaidAs.MONEY)).isNull();
        assertThat(LedgerRules.payingAnotherWay(PaidAs.VOUCHERS, PaidAs.MONEY))
                .isEqualTo("This line was approved to be paid as VOUCHERS, not MONEY; pay it as VOUCHERS, or "
                        + "decline it and add it again.");
    }

    @Test
    void onlyInterpreterAndOtherAreAddedByHand() {
        assertThat(PaymentItem.values())
                .filteredOn(PaymentItem::addedByHand)
                .containsExactly(PaymentItem.INTERPRETER, PaymentItem.OTHER);
        assertThat(PaymentStatus.values())
                .filteredOn(PaymentStatus::owed)
                .containsExactly(PaymentStatus.CLAIMED, PaymentStatus.APPROVED);
    }
}
