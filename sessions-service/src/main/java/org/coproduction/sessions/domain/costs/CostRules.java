package org.coproduction.sessions.domain.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionType;

/**
 * Estimates what a session costs in payments and support. Rules:
 * <ul>
 * <li>TIME: hours x the hourly rate for the session type; WANTS_PAYMENT is paid as MONEY, VOUCHERS as
 * VOUCHERS, DECLINES_PAYMENT (or nothing recorded) gets no line.</li>
 * <li>TRAVEL and MEALS only when people may come in person (IN_PERSON, HYBRID): nobody travels to or is
 * fed at an online session.</li>
 * <li>CHILDCARE and CARE_COVER in every format: caring duties do not stop because the session is online.</li>
 * <li>Allowances are PER_SESSION (flat) or PER_HOUR; amounts are exact decimals rounded half-up to pence;
 * zero amounts make no line.</li>
 * </ul>
 */
public final class CostRules {

    public CostEstimate estimate(
            SessionType type, SessionFormat format, Duration length, List<Claimant> claimants, CostRates rates) {
        BigDecimal hours =
                BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
        boolean comesInPerson = format != SessionFormat.ONLINE;
        List<CostLine> lines = new ArrayList<>();
        for (Claimant c : claimants) {
            PaidAs paidAs = paidAs(c.paymentForTime());
            if (paidAs != null) {
                BigDecimal rate = rates.hourly().getOrDefault(type, BigDecimal.ZERO);
                add(lines, c, CostItem.TIME, rate.multiply(hours), paidAs);
            }
            if (c.travel() && comesInPerson) {
                add(lines, c, CostItem.TRAVEL, amount(rates.travel(), hours), PaidAs.MONEY);
            }
            if (c.childcare()) {
                add(lines, c, CostItem.CHILDCARE, amount(rates.childcare(), hours), PaidAs.MONEY);
            }
            if (c.careCover()) {
                add(lines, c, CostItem.CARE_COVER, amount(rates.careCover(), hours), PaidAs.MONEY);
            }
            if (c.meals() && comesInPerson) {
                add(lines, c, CostItem.MEALS, amount(rates.meals(), hours), PaidAs.MONEY);
            }
        }
        BigDecimal total = money(BigDecimal.ZERO);
        BigDecimal vouchers = money(BigDecimal.ZERO);
        for (CostLine line : lines) {
            total = total.add(line.amount());
            if (line.paidAs() == PaidAs.VOUCHERS) {
                vouchers = vouchers.add(line.amount());
            }
        }
        return new CostEstimate(List.copyOf(lines), total, vouchers);
    }

    private static PaidAs paidAs(PaymentForTime payment) {
        if (payment == null) {
            return null;
        }
        return switch (payment) {
            case WANTS_PAYMENT -> PaidAs.MONEY;
            case VOUCHERS -> PaidAs.VOUCHERS;
            case DECLINES_PAYMENT -> null;
        };
    }

    private static BigDecimal amount(Allowance allowance, BigDecimal hours) {
        if (allowance == null) {
            return BigDecimal.ZERO;
        }
        return allowance.basis() == Basis.PER_HOUR ? allowance.amount().multiply(hours) : allowance.amount();
    }

    private static void add(List<CostLine> lines, Claimant c, CostItem item, BigDecimal amount, PaidAs paidAs) {
        BigDecimal rounded = money(amount);
        if (rounded.signum() > 0) {
            lines.add(new CostLine(c.participantId(), item, rounded, paidAs));
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
