package org.coproduction.sessions.domain.slots;

import java.util.Map;
import java.util.UUID;

/** Over all candidate starts: how many a person could take and how many each rule ruled out. */
public record PersonSummary(UUID participantId, int freeSlots, Map<UnavailableReason, Integer> reasons) {}
