package org.coproduction.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A next step agreed in a session: what, who, by when, and whether (and since when) it is done. */
@Embeddable
public class ActionItem {
    /** Stable across a re-recorded summary that names it, so it can be marked done on its own. */
    @Column(name = "id")
    public UUID actionId;

    public String description;

    /** Null once the owner was erased: the action stays for everyone else, with no owner. */
    @Column(name = "owner_id")
    public UUID ownerId;

    public LocalDate due;

    public boolean done;

    /** When it was marked done; null while open (and for actions done before this was kept). */
    @Column(name = "done_at")
    public Instant doneAt;

    public ActionItem() {}

    public ActionItem(UUID actionId, String description, UUID ownerId, LocalDate due, boolean done, Instant doneAt) {
        this.actionId = actionId;
        this.description = description;
        this.ownerId = ownerId;
        this.due = due;
        this.done = done;
        this.doneAt = doneAt;
    }

    /** Marks it done or open again; marking it as it already is changes nothing (a repeated PATCH is harmless). */
    public void markDone(boolean nowDone, Instant at) {
        if (done == nowDone) {
            return;
        }
        done = nowDone;
        // Microseconds, as PostgreSQL keeps it: the answer then says what a later read will.
        doneAt = nowDone ? at.truncatedTo(ChronoUnit.MICROS) : null;
    }
}
