package org.coproduction.sessions.domain.arrangements;

import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;

/**
 * What one expected person needs arranged, as participants-service holds it.
 *
 * @param dietary their dietary requirements as they wrote them, or null
 * @param interpretation the language they need interpreted ("bfi" for BSL), or null
 * @param preferredLanguage their preferred language, or null
 * @param largePrintFormat they asked to hear from us in LARGE_PRINT
 */
public record PersonNeeds(
        UUID participantId,
        String name,
        String dietary,
        Set<AccessNeed> needs,
        String interpretation,
        String preferredLanguage,
        boolean largePrintFormat) {
    public PersonNeeds {
        needs = Set.copyOf(needs);
    }
}
