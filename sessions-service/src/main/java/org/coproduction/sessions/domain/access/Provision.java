package org.coproduction.sessions.domain.access;

import java.util.Set;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;

/**
 * What a session offers: its format, its venue's features (empty without a venue) and what was booked
 * for it (interpretation languages as codes, "bfi" being British Sign Language, a quiet space), and whether it is
 * on a sensitive topic (which needs a quiet space for everyone).
 */
public record Provision(
        SessionFormat format,
        Set<AccessNeed> venueFeatures,
        Set<String> interpretation,
        boolean captions,
        boolean largePrintMaterials,
        boolean easyReadMaterials,
        boolean breaks,
        boolean quietSpace,
        boolean sensitive) {
    public Provision {
        venueFeatures = Set.copyOf(venueFeatures);
        interpretation = Set.copyOf(interpretation);
    }

    /** A session on an ordinary topic with no quiet space arranged. */
    public Provision(
            SessionFormat format,
            Set<AccessNeed> venueFeatures,
            Set<String> interpretation,
            boolean captions,
            boolean largePrintMaterials,
            boolean easyReadMaterials,
            boolean breaks) {
        this(
                format,
                venueFeatures,
                interpretation,
                captions,
                largePrintMaterials,
                easyReadMaterials,
                breaks,
                false,
                false);
    }
}
