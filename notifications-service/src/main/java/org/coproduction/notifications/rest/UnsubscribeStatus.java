package org.coproduction.notifications.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GET /unsubscribes/{participantId}: the person stopped their digests with a digest's one-click link. */
@Schema(name = "Unsubscribe", description = "A person who stopped their digests with a digest's one-click link.")
public record UnsubscribeStatus(
        @Schema(description = "Who unsubscribed") UUID participantId,

        @Schema(description = "When they did (the first time, if they used the link more than once)")
        Instant unsubscribedAt) {}
