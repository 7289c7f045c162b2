package org.coproduction.sessions.domain.access;

import java.util.Set;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;

/**
 * What a session offers: its format, its venue's features (empty without a venue) and what was booked
 * for it (interpretation languages as codes, "bfi" being British Sign Language).
 */
public record Provision(
        SessionFormat format,
        Set<AccessNeed> venueFeatures,
        Set<String> interpretation,
        boolean captions,
        boolean largePrintMaterials,
        boolean easyReadMaterials,
        boolean breaks) {
    public Provision {
        venueFeatures = Set.copyOf(venueFeatures);
        interpretation = Set.copyOf(interpretation);
    }
}
