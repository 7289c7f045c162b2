package org.coproduction.sessions.domain.standards;

import java.util.List;

/** One standard and its indicators, in order. */
public record StandardEvidence(Standard standard, List<Indicator> indicators) {
    public StandardEvidence {
        indicators = List.copyOf(indicators);
    }
}
