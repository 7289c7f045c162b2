package org.coproduction.notifications.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What a confirmation mail needs until it is sent (its delivery is the row in the log): the new address and the
 * link's token. Deleted once the mail is sent, at erasure, and after the retention period, so the log keeps no
 * address.
 */
@Entity
@Table(name = "email_confirmation")
public class EmailConfirmation extends PanacheEntityBase {

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String token;

    @Column
    public String language;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
