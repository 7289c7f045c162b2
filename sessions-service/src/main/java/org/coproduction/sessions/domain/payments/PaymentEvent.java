package org.coproduction.sessions.domain.payments;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/**
 * One step in a line's history: the status it reached, when, and who took it (a person's id, this or another
 * service, or nobody known: a coordinator whose token names no participant, or a person since erased).
 */
@Embeddable
public class PaymentEvent {
    @Enumerated(EnumType.STRING)
    public PaymentStatus status;

    public Instant at;

    @Column(name = "by_participant_id")
    public UUID byParticipantId;

    @Column(name = "by_service")
    public boolean byService;

    public PaymentEvent() {}

    public PaymentEvent(PaymentStatus status, Instant at, UUID byParticipantId, boolean byService) {
        this.status = status;
        this.at = at;
        this.byParticipantId = byParticipantId;
        this.byService = byService;
    }
}
