package org.coproduction.sessions.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An interpreter booked (or being booked) for a session in one language: one per session and language. */
@Entity
@Table(name = "interpreter_booking")
@IdClass(InterpreterBooking.Key.class)
public class InterpreterBooking extends PanacheEntityBase {
    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    /** Lower case; "bfi" is British Sign Language. */
    @Id
    public String language;

    public boolean booked;

    /** Exact decimal in the deployment's currency; null while not known. */
    public BigDecimal cost;

    public String reference;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The composite key: the session and the language. */
    public static class Key implements Serializable {
        public UUID sessionId;
        public String language;

        public Key() {}

        public Key(UUID sessionId, String language) {
            this.sessionId = sessionId;
            this.language = language;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(language, k.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, language);
        }
    }
}
