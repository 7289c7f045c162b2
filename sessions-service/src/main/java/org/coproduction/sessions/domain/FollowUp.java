package org.coproduction.sessions.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The offer of a debrief or a one-to-one made to someone who attended a sensitive session: one per session and
 * person, however often attendance is recorded.
 */
@Entity
@Table(name = "follow_up")
@IdClass(FollowUp.Key.class)
public class FollowUp extends PanacheEntityBase {
    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "offered_at")
    public Instant offeredAt;

    @Column(name = "due_by")
    public Instant dueBy;

    @Enumerated(EnumType.STRING)
    public FollowUpStatus status = FollowUpStatus.OFFERED;

    @Column(name = "mentoring_session_id")
    public UUID mentoringSessionId;

    @Column(name = "declined_at")
    public Instant declinedAt;

    @Version
    public long version;

    /** The composite key: the sensitive session and the person offered the follow-up. */
    public static class Key implements Serializable {
        public UUID sessionId;
        public UUID participantId;

        public Key() {}

        public Key(UUID sessionId, UUID participantId) {
            this.sessionId = sessionId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(sessionId, k.sessionId)
                    && Objects.equals(participantId, k.participantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, participantId);
        }
    }
}
