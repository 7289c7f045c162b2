package org.coproduction.sessions.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Background work on a project that people should hear about between meetings. */
@Entity
@Table(name = "project_update")
public class ProjectUpdate extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    public String title;

    public String body;

    /** The language it is written in: a lower-case BCP 47 primary tag. */
    public String language = "en";

    /** Its versions in other languages or plain words, as a JSON array. */
    public String versions = "[]";

    @Column(name = "posted_at")
    public Instant postedAt;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    /** Set once withdrawn: kept for the record, never in a digest again. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;
}
