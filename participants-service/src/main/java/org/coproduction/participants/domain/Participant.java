package org.coproduction.participants.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person taking part in co-production and what they need to take part.
 * Needs and money are health and financial information: this table is the only place they are kept in full,
 * and erasure deletes the row outright.
 */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    @Id
    public UUID id;

    // Identity and contact
    public String name;

    @Column(name = "preferred_name")
    public String preferredName;

    public String pronouns;
    /** Null when the person has none: allowed unless their channel is EMAIL. */
    public String email;

    public String phone;

    /** The lines of their postal address above the postcode; null (with the postcode) when none was given. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "postal_lines", columnDefinition = "varchar(100)[]")
    public String[] postalLines;

    public String postcode;

    @Enumerated(EnumType.STRING)
    public ParticipantRole role;

    public String organisation;

    @Column(name = "time_zone")
    public String timeZone;

    /** As stored: a pause whose end date has come still says PAUSED here until the next write (see PauseRules). */
    @Enumerated(EnumType.STRING)
    public ParticipantStatus status;

    /** The day a pause ends (from that day, in the person's time zone, they read as ACTIVE); null while not PAUSED. */
    @Column(name = "paused_until")
    public LocalDate pausedUntil;

    // Access needs: kept as an array so the list can be filtered by need in one indexed query
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "access_needs", columnDefinition = "varchar(40)[]")
    public String[] accessNeeds = new String[0];

    @Column(name = "access_notes")
    public String accessNotes;

    // Financial support
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_for_time")
    public PaymentForTime paymentForTime;

    public boolean travel;
    public boolean childcare;

    @Column(name = "care_cover")
    public boolean careCover;

    public boolean meals;

    @Column(name = "dietary_requirements")
    public String dietaryRequirements;

    // Language
    @Column(name = "preferred_language")
    public String preferredLanguage;

    public String interpretation;

    @Column(name = "plain_language")
    public boolean plainLanguage;

    // Communication
    @Enumerated(EnumType.STRING)
    public ContactChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_frequency")
    public DigestFrequency digestFrequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_day")
    public DayOfWeek digestDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "digest_format")
    public DigestFormat digestFormat;

    // Availability: windows and absences are read whole, never queried inside, so JSON is enough
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "weekly_availability")
    public List<WeeklyWindow> weeklyAvailability = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Absence> absences = new ArrayList<>();

    @Column(name = "max_sessions_per_month")
    public Integer maxSessionsPerMonth;

    @Column(name = "min_notice_days")
    public int minNoticeDays;

    // Support
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "training_interests", columnDefinition = "varchar(60)[]")
    public String[] trainingInterests = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(name = "support_preference")
    public SupportPreference supportPreference;

    /** Set only by a coordinator. */
    @Column(name = "mentor_id")
    public UUID mentorId;

    /** The participant's own request for a mentor. */
    @Column(name = "wants_mentor")
    public boolean wantsMentor;

    /** The person offers to mentor or buddy someone. */
    @Column(name = "offers_mentoring")
    public boolean offersMentoring;

    /** Anything else they would like to learn, in their own words. */
    @Column(name = "training_notes")
    public String trainingNotes;

    /** When the standing request for training started (see SupportRequests); null while there are no interests. */
    @Column(name = "training_asked_at")
    public Instant trainingAskedAt;

    /** When the standing request for a mentor started; null while they do not want one. */
    @Column(name = "mentor_asked_at")
    public Instant mentorAskedAt;

    /**
     * The day of the last portal visit. Written only by the visit's own UPDATE (never by saving the record), so a
     * visit neither changes the version nor is overwritten by an edit that read the row before it.
     */
    @Column(name = "last_portal_visit_at", insertable = false, updatable = false)
    public Instant lastPortalVisitAt;

    // Consent to hold this information
    @Column(name = "consent_given_at")
    public Instant consentGivenAt;

    @Column(name = "consent_version")
    public String consentVersion;

    /** Consent to hold access needs withdrawn: they are cleared and stay empty until consent is given again. */
    @Column(name = "access_needs_withdrawn")
    public boolean accessNeedsWithdrawn;

    /** Consent to hold financial support withdrawn: cleared and kept at the defaults until consent is given again. */
    @Column(name = "financial_support_withdrawn")
    public boolean financialSupportWithdrawn;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
