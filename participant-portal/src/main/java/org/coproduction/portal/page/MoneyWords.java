package org.coproduction.portal.page;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.coproduction.portal.client.sessions.model.PaymentTotals;

/**
 * A person's year of payments in sentences: what was paid (in money and in vouchers) and what is still owed (agreed
 * and waiting to be paid, or claimed and still being checked).
 */
@TemplateData
public record MoneyWords(String paid, String paidAs, String owed, String owedParts) {

    public static MoneyWords of(PaymentTotals t, Words words) {
        MoneyAndProposalsMessages m = words.moneyAndProposals();
        String currency = t.getCurrency() == null ? "GBP" : t.getCurrency();
        BigDecimal paid = orZero(t.getPaid());
        BigDecimal approved = orZero(t.getApproved());
        BigDecimal claimed = orZero(t.getClaimed());
        BigDecimal owed = approved.add(claimed);
        return new MoneyWords(
                paid.signum() == 0 ? m.moneyNonePaid() : m.moneyPaid(amount(paid, currency)),
                paid.signum() == 0
                        ? null
                        : m.moneyPaidAs(
                                amount(orZero(t.getPaidAsMoney()), currency),
                                amount(orZero(t.getPaidAsVouchers()), currency)),
                owed.signum() == 0 ? m.moneyNothingOwed() : m.moneyOwed(amount(owed, currency)),
                owed.signum() == 0 ? null : m.moneyOwedParts(amount(approved, currency), amount(claimed, currency)));
    }

    /** An amount with its currency's sign as people in the UK write it (£12.50), in English and Welsh alike. */
    static String amount(BigDecimal value, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknownCurrency) {
            return value.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + " " + currency;
        }
        return format.format(value);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
