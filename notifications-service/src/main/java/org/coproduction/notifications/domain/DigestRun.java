package org.coproduction.notifications.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One pass over the people who may be due. Its counts come from the deliveries it created. */
@Entity
@Table(name = "digest_run")
public class DigestRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RunStatus status;

    @Column(nullable = false)
    public boolean forced;

    /** SCHEDULE or OPS: who started it. */
    @Column(nullable = false)
    public String trigger;

    @Column
    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Whom a forced run was asked for (comma-separated ids; null: everyone), to plan it again after an outage. */
    @Column(name = "requested_ids")
    public String requestedIds;

    /** Whether a forced run's digests count as each person's digest for the period (issue 13). */
    @Column(name = "counts_for_period", nullable = false)
    public boolean countsForPeriod = true;

    /** A forced run waiting for a dependency: the retry job plans it again. */
    @Column(nullable = false)
    public boolean replan;

    /** Extended by the instance running it; past this, the run is abandoned (see DigestRunStore#closeAbandoned). */
    @Column(name = "alive_until")
    public Instant aliveUntil;

    @Version
    public long version;
}
