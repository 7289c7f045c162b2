package org.coproduction.sessions.domain.costs;

import java.util.UUID;

/** What one invitee claims: payment for time (null when not recorded) and which support costs. */
public record Claimant(
        UUID participantId,
        PaymentForTime paymentForTime,
        boolean travel,
        boolean childcare,
        boolean careCover,
        boolean meals) {}
