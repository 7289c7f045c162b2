package org.coproduction.participants.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Who read or changed a person's access needs or financial support, and when; never the values. Once the person is
 * erased, {@code participantId} is null and {@code pseudonym} holds the keyed hash of their id instead.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "participant_id")
    public UUID participantId;

    public String pseudonym;

    /** The token's subject: a coordinator's id, a participant's id, or a service's name. */
    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    public AuditPart part;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
