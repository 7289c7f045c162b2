package org.coproduction.notifications.delivery.summary;

import java.time.Instant;
import java.util.UUID;

/**
 * One digest as the summary weighs it.
 *
 * @param dueAt when it fell due (the end of what it covers: its period's due time, or the moment a forced run made it)
 * @param deliveredAt when it was sent or its letter or call sheet made ready; null while not delivered
 * @param asAsked whether it was written in the language and format the person asked for; null when not recorded
 */
public record DigestOutcome(UUID participantId, Instant dueAt, Instant deliveredAt, Boolean asAsked) {}
