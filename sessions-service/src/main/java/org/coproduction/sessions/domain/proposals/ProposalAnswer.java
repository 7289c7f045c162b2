package org.coproduction.sessions.domain.proposals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's answer to a proposal, with the objection's response and withdrawal when it is an objection. After the
 * person is erased the answer stays as an anonymous count ({@link #ERASED}, no comment).
 */
@Entity
@Table(name = "proposal_answer")
public class ProposalAnswer extends PanacheEntityBase {
    /** Who an answer belongs to once its author is erased. */
    public static final UUID ERASED = new UUID(0, 0);

    @Id
    public UUID id;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(name = "participant_id")
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    public ProposalAnswerChoice answer;

    public String comment;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** Whether a coordinator recorded it for the member. */
    @Column(name = "by_coordinator")
    public boolean byCoordinator;

    /** participants-service's role when they answered: the shares are of the roles people had then. */
    public String role;

    @Column(name = "objection_response")
    public String objectionResponse;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public AnswerFact fact() {
        return new AnswerFact(answer, "LIVED_EXPERIENCE".equals(role), withdrawnAt != null);
    }
}
