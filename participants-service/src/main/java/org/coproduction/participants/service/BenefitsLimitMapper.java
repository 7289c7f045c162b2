package org.coproduction.participants.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.RoundingMode;
import org.coproduction.participants.api.BenefitsLimitResponse;
import org.coproduction.participants.domain.BenefitsLimit;

/** The benefits limit as answered. */
final class BenefitsLimitMapper {

    private BenefitsLimitMapper() {}

    /** The version a client sees: 0 while nothing is stored, so the first save is 1. */
    static long visibleVersion(BenefitsLimit stored) {
        return stored == null ? 0 : stored.version + 1;
    }

    static BenefitsLimitResponse toResponse(BenefitsLimit stored) {
        if (stored == null) {
            return new BenefitsLimitResponse(false, null, null, null, null, null, 0);
        }
        return new BenefitsLimitResponse(
                stored.paymentsMayAffectBenefits,
                stored.limitAmount == null ? null : stored.limitAmount.setScale(2, RoundingMode.UNNECESSARY),
                stored.period == null ? null : stored.period.name(),
                periodStartsOn(stored),
                stored.notes,
                stored.updatedAt,
                visibleVersion(stored));
    }

    /** A day name for a WEEK period, a day of the month for a MONTH one. */
    private static JsonNode periodStartsOn(BenefitsLimit stored) {
        if (stored.weekStartsOn != null) {
            return TextNode.valueOf(stored.weekStartsOn.name());
        }
        return stored.monthStartsOn == null ? null : IntNode.valueOf(stored.monthStartsOn);
    }
}
