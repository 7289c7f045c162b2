package org.coproduction.sessions.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.FollowUpFacts;
import org.coproduction.sessions.domain.SessionFacts;
import org.coproduction.sessions.domain.engagement.EngagementFacts;

/**
 * Body of notifications-service's {@code POST /notices}. Session notices carry facts ({@code session}, {@code
 * previous}, {@code reason}, for a follow-up offer {@code followUp}, for an engagement summary {@code engagement}) and no subject or body: notifications-service writes those per reader, in their
 * language. Only notices stored before that change still carry a subject and body. Fields left null are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notice(
        List<UUID> participantIds,
        String kind,
        String subject,
        String body,
        UUID sessionId,
        SessionFacts session,
        SessionFacts previous,
        String reason,
        FollowUpFacts followUp,
        EngagementFacts engagement) {}
