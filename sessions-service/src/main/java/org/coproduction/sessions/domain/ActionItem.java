package org.coproduction.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/** A next step agreed in a session: what, who, by when, and whether it is done. */
@Embeddable
public class ActionItem {
    public String description;

    /** Null once the owner was erased: the action stays for everyone else, with no owner. */
    @Column(name = "owner_id")
    public UUID ownerId;

    public LocalDate due;

    public boolean done;

    public ActionItem() {}

    public ActionItem(String description, UUID ownerId, LocalDate due, boolean done) {
        this.description = description;
        this.ownerId = ownerId;
        this.due = due;
        this.done = done;
    }
}
