package org.coproduction.sessions.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What a FOLLOW_UP_OFFER notice says beyond the session: offered until {@code dueBy}, with the person's mentor (null
 * if they have none) or the session's wellbeing contact. notifications-service writes the words.
 */
public record FollowUpFacts(Instant dueBy, UUID mentorId, UUID wellbeingContactId) {}
