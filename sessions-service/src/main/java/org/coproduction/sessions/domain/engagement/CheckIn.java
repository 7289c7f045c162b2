package org.coproduction.sessions.domain.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A check-in sent to someone who seemed to be drifting away. Written in the same transaction as its outbox notice,
 * so it is recorded exactly when it will be sent. Personal data: exported and erased with the person.
 */
@Entity
@Table(name = "engagement_check_in")
public class CheckIn extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The project in which they were found drifting; null once that project is gone. */
    @Column(name = "project_id")
    public UUID projectId;

    protected CheckIn() {}

    public CheckIn(UUID participantId, UUID projectId, Instant sentAt) {
        this.participantId = participantId;
        this.projectId = projectId;
        this.sentAt = sentAt;
    }
}
