package org.coproduction.sessions.domain.payments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A person's payee pseudonym ("P-3f9a1c07"): random, one per person, and kept after erasure so finance can still
 * tell one payee's lines from another's without knowing who they were.
 */
@Entity
@Table(name = "payee")
public class Payee extends PanacheEntityBase {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    public String pseudonym;

    /** Null once the person was erased. */
    @Column(name = "participant_id")
    public UUID participantId;

    /** A fresh random pseudonym: "P-" and 8 hex digits. */
    public static String newPseudonym() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "P-" + HexFormat.of().formatHex(bytes);
    }
}
