package org.coproduction.participants.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A participant's own new email address, waiting for them to confirm the link sent to it. Only the token's hash is kept. */
@Entity
@Table(name = "email_change")
public class EmailChange extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    public String address;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
