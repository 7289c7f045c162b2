package org.coproduction.sessions.domain.proposals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Something put to a project's members to agree, have concerns about or object to, until it closes. Its outcome is
 * written once, with the counts and shares it was decided on.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "project_id")
    public UUID projectId;

    public String title;

    public String text;

    /** Who put it (null: a coordinator whose token names no participant, or an erased person). */
    @Column(name = "proposed_by")
    public UUID proposedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status = ProposalStatus.OPEN;

    @Enumerated(EnumType.STRING)
    public ProposalResult result;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "outcome_agree")
    public Integer outcomeAgree;

    @Column(name = "outcome_concerns")
    public Integer outcomeConcerns;

    @Column(name = "outcome_object")
    public Integer outcomeObject;

    @Column(name = "outcome_objections_standing")
    public Integer outcomeObjectionsStanding;

    @Column(name = "outcome_answered")
    public Integer outcomeAnswered;

    @Column(name = "outcome_members")
    public Integer outcomeMembers;

    @Column(name = "lived_experience_share")
    public BigDecimal livedExperienceShare;

    @Column(name = "professional_share")
    public BigDecimal professionalShare;

    @Version
    public long version;

    /** Records the outcome and closes the proposal; the caller holds the row's lock and has seen it OPEN. */
    public void close(Outcome outcome, Instant at) {
        status = ProposalStatus.CLOSED;
        result = outcome.result();
        decidedAt = at;
        outcomeAgree = outcome.counts().agree();
        outcomeConcerns = outcome.counts().concerns();
        outcomeObject = outcome.counts().object();
        outcomeObjectionsStanding = outcome.counts().objectionsStanding();
        outcomeAnswered = outcome.counts().answered();
        outcomeMembers = outcome.members();
        livedExperienceShare = outcome.livedExperienceShare();
        professionalShare = outcome.professionalShare();
    }

    public AnswerCounts outcomeCounts() {
        return new AnswerCounts(
                outcomeAgree, outcomeConcerns, outcomeObject, outcomeObjectionsStanding, outcomeAnswered);
    }
}
