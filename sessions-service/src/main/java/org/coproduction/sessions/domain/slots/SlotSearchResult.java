package org.coproduction.sessions.domain.slots;

import java.util.List;

/**
 * Best slots first, plus per-person counts so an empty answer still says why
 * (for example: "Sam is outside their availability in every candidate slot").
 */
public record SlotSearchResult(List<Slot> slots, int candidateSlots, List<PersonSummary> people) {}
