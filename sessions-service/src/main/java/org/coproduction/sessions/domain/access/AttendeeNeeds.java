package org.coproduction.sessions.domain.access;

import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;

/**
 * One invitee's access needs.
 *
 * @param interpretationLanguage the language they need interpreted into ("pl", "bfi"), if known
 */
public record AttendeeNeeds(UUID participantId, Set<AccessNeed> needs, String interpretationLanguage) {
    public AttendeeNeeds {
        needs = Set.copyOf(needs);
    }
}
