package org.coproduction.sessions.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A room or an online space, with the access features it offers. */
@Entity
@Table(name = "venue")
public class Venue extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    public String name;

    public String address;

    @Enumerated(EnumType.STRING)
    public VenueFormat format;

    @ElementCollection
    @CollectionTable(name = "venue_feature", joinColumns = @JoinColumn(name = "venue_id"))
    @Column(name = "feature")
    @Enumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    public Set<AccessNeed> features = EnumSet.noneOf(AccessNeed.class);

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    @PrePersist
    void created() {
        createdAt = Instant.now();
    }
}
