package org.coproduction.sessions.domain.engagement;

import java.time.Instant;
import java.util.UUID;
import org.coproduction.sessions.domain.InvitationAnswer;

/**
 * One session of a project that a person was invited to, as the drift rules see it.
 *
 * @param attendanceRecorded whether anyone recorded who came (until then the session says nothing about missing it)
 * @param sensitive whether it was on a sensitive topic (saying no to one never counts towards drifting away)
 */
public record InvitedSession(
        UUID sessionId,
        Instant start,
        Instant end,
        boolean cancelled,
        boolean sensitive,
        boolean attendanceRecorded,
        InvitationAnswer answer,
        boolean attended) {}
