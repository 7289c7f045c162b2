package org.coproduction.sessions.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.OptimisticLock;

/**
 * A meeting, workshop, training or mentoring session, with what was arranged for access and, afterwards,
 * what was decided and who came. Collections are fetched by subselect: loading many sessions costs one
 * query per collection, not one per session (agendas for hundreds of people rely on this).
 */
@Entity(name = "Session")
@Table(name = "work_session")
public class Session extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    public String title;

    public String purpose;

    @Enumerated(EnumType.STRING)
    public SessionType type;

    @Enumerated(EnumType.STRING)
    public SessionFormat format;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    public Venue venue;

    @Column(name = "joining_link")
    public String joiningLink;

    @Column(name = "start_at")
    public Instant start;

    @Column(name = "end_at")
    public Instant end;

    @Column(name = "time_zone")
    public String timeZone;

    @Enumerated(EnumType.STRING)
    public SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @ElementCollection
    @CollectionTable(name = "session_invitee", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "participant_id")
    @Fetch(FetchMode.SUBSELECT)
    public Set<UUID> invitees = new LinkedHashSet<>();

    /**
     * Answers given to the invitations, by invitee; an invitee with no entry is PENDING. A row belongs to its
     * invitation (foreign key, on delete cascade): an invitee removed takes their answer along. Answers do not
     * change the session's version: two invitees answering at once never clash, nor does an answer with a
     * coordinator's change sent with an ETag.
     */
    @ElementCollection
    @CollectionTable(name = "session_answer", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "participant_id")
    @Fetch(FetchMode.SUBSELECT)
    @OptimisticLock(excluded = true)
    public Map<UUID, Answer> answers = new LinkedHashMap<>();

    /** Interpretation languages booked, as codes ("bfi" is British Sign Language). */
    @ElementCollection
    @CollectionTable(name = "session_interpretation", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "language")
    @Fetch(FetchMode.SUBSELECT)
    public Set<String> interpretation = new LinkedHashSet<>();

    public boolean captions;

    @Column(name = "large_print_materials")
    public boolean largePrintMaterials;

    @Column(name = "easy_read_materials")
    public boolean easyReadMaterials;

    public boolean breaks;

    public String summary;

    /** The language the summary, decisions and actions are written in. */
    @Column(name = "summary_language")
    public String summaryLanguage = "en";

    /** The summary's versions in other languages or plain words, as a JSON array. */
    @Column(name = "summary_versions")
    public String summaryVersions = "[]";

    @ElementCollection
    @CollectionTable(name = "session_decision", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "decision")
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<String> decisions = new ArrayList<>();

    /**
     * Actions agreed. Marking one done does not change the session's version: its ETag and calendar SEQUENCE stay,
     * and a coordinator's change never clashes with an owner ticking off their action (both lock the session row).
     */
    @ElementCollection
    @CollectionTable(name = "session_action", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    @OptimisticLock(excluded = true)
    public List<ActionItem> actions = new ArrayList<>();

    /** The action of this session with this id, if any. */
    public java.util.Optional<ActionItem> action(UUID actionId) {
        return actions.stream().filter(a -> a.actionId.equals(actionId)).findFirst();
    }

    @Column(name = "summary_recorded_at")
    public Instant summaryRecordedAt;

    @ElementCollection
    @CollectionTable(name = "session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "participant_id")
    @Fetch(FetchMode.SUBSELECT)
    public Set<UUID> attended = new LinkedHashSet<>();

    @Column(name = "attendance_recorded_at")
    public Instant attendanceRecordedAt;

    /** The content note of a session on a sensitive topic; null when the session is not sensitive. */
    @Column(name = "content_note")
    public String contentNote;

    /** The participant people can turn to at a sensitive session; null when it is not sensitive. */
    @Column(name = "wellbeing_contact_id")
    public UUID wellbeingContactId;

    /** A quiet room or break-out space is arranged. */
    @Column(name = "quiet_space")
    public boolean quietSpace;

    @Enumerated(EnumType.STRING)
    public SessionStyle style = SessionStyle.GROUP;

    /** For a MENTORING session: the sensitive session it follows up. */
    @Column(name = "follow_up_of")
    public UUID followUpOf;

    /** For a TRAINING session: what it teaches, from the one vocabulary. */
    @ElementCollection
    @CollectionTable(name = "session_training_topic", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "topic")
    @Enumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    public Set<TrainingTopic> trainingTopics = EnumSet.noneOf(TrainingTopic.class);

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public Duration length() {
        return Duration.between(start, end);
    }

    /** This invitee's answer: PENDING if they have not answered (or are not invited). */
    public InvitationAnswer answerOf(UUID participantId) {
        Answer a = invitees.contains(participantId) ? answers.get(participantId) : null;
        return a == null ? InvitationAnswer.PENDING : a.answer;
    }

    /** True when this invitee said they cannot come. */
    public boolean notComing(UUID participantId) {
        return answerOf(participantId) == InvitationAnswer.NOT_COMING;
    }

    /** How many invitees said they are coming. */
    public int comingCount() {
        return (int) invitees.stream()
                .filter(i -> answerOf(i) == InvitationAnswer.COMING)
                .count();
    }

    /**
     * Records an invitee's answer (replacing any earlier one). The caller has checked the session is still ahead
     * and scheduled and that the person is invited.
     */
    public void answer(UUID participantId, InvitationAnswer answer, String reason, Instant at) {
        if (!invitees.contains(participantId) || answer == InvitationAnswer.PENDING) {
            throw new IllegalArgumentException("not an answer an invitee can give");
        }
        requireScheduled();
        answers.put(participantId, new Answer(answer, reason, at));
    }

    /** A session on a sensitive topic is one with a content note. */
    public boolean isSensitive() {
        return contentNote != null;
    }

    public boolean isScheduled() {
        return status == SessionStatus.SCHEDULED;
    }

    /**
     * Moves the session to a new time and zone. The caller has checked the shape
     * ({@link SessionShapeRules}); a session that is no longer scheduled cannot move.
     */
    public void reschedule(Instant newStart, Instant newEnd, String newTimeZone) {
        requireScheduled();
        start = newStart;
        end = newEnd;
        timeZone = newTimeZone;
    }

    /** Calls the session off for good; the reason is kept and told to the invitees. */
    public void cancel(String reason, Instant at) {
        requireScheduled();
        status = SessionStatus.CANCELLED;
        cancelReason = reason.strip();
        cancelledAt = at;
    }

    // The service answers 409 before it gets here; this keeps the entity from ever being moved once over.
    private void requireScheduled() {
        if (!isScheduled()) {
            throw new IllegalStateException("session " + id + " is " + status);
        }
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }
}
