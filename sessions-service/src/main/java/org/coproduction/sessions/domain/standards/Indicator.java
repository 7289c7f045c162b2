package org.coproduction.sessions.domain.standards;

import java.math.BigDecimal;

/**
 * One indicator's evidence: the share (0..1, two decimals) of what went well, the counts behind it and a plain
 * sentence. figure, numerator and denominator are null when there is nothing to measure or it could not be measured.
 */
public record Indicator(
        Standard standard,
        String code,
        String name,
        BigDecimal figure,
        Long numerator,
        Long denominator,
        String sentence) {}
