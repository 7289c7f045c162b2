package org.coproduction.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** An answer given to an invitation: COMING or NOT_COMING, an optional reason, and when. */
@Embeddable
public class Answer {
    @Enumerated(EnumType.STRING)
    @Column(name = "answer", nullable = false)
    public InvitationAnswer answer;

    @Column(name = "reason")
    public String reason;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    protected Answer() {}

    public Answer(InvitationAnswer answer, String reason, Instant answeredAt) {
        this.answer = answer;
        this.reason = reason;
        this.answeredAt = answeredAt;
    }
}
