package org.coproduction.participants.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One consent given or withdrawn, as the service recorded it: its own clock, the configured notice version. */
@Entity
@Table(name = "consent_event")
public class ConsentEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id")
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    public ConsentAction action;

    @Enumerated(EnumType.STRING)
    public ConsentPart part;

    public String version;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
