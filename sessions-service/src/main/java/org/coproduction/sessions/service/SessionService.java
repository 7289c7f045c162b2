package org.coproduction.sessions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.json.JsonProblems;
import org.coproduction.platform.json.MergePatch;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.AnswerRequest;
import org.coproduction.sessions.api.ArrangementsDto;
import org.coproduction.sessions.api.CancelRequest;
import org.coproduction.sessions.api.CreateSessionRequest;
import org.coproduction.sessions.api.SensitiveDto;
import org.coproduction.sessions.api.SessionAnswersResponse;
import org.coproduction.sessions.api.SessionResponse;
import org.coproduction.sessions.api.UpdateSessionRequest;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionChange;
import org.coproduction.sessions.domain.SessionFacts;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionShapeRules;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionStyle;
import org.coproduction.sessions.domain.SessionSupportRules;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.TrainingTopic;
import org.coproduction.sessions.domain.Venue;

/**
 * Creating, reading, moving and cancelling sessions. Invitations, moves and cancellations notify invitees via the
 * outbox.
 *
 * <p>Create and update ask participants-service before their transaction opens, never inside it: a slow or
 * absent participants-service then holds no database connection or lock, and when it is down (503) nothing has
 * been written. Everything that can refuse the request without it (404, 400, 409, 412) is checked first.
 */
@ApplicationScoped
public class SessionService {
    private final EntityManager em;
    private final RequestValidator validator;
    private final ParticipantsClient participants;
    private final SessionInsights insights;
    private final NoticeOutbox outbox;
    private final CurrentCaller caller;
    private final SessionQuery query;
    private final ObjectMapper json;
    private final FollowUpService followUps;
    private final SessionShapeRules shapes = new SessionShapeRules();
    private final SessionSupportRules supportRules = new SessionSupportRules();

    public SessionService(
            EntityManager em,
            RequestValidator validator,
            ParticipantsClient participants,
            SessionInsights insights,
            NoticeOutbox outbox,
            CurrentCaller caller,
            SessionQuery query,
            ObjectMapper json,
            FollowUpService followUps) {
        this.em = em;
        this.validator = validator;
        this.participants = participants;
        this.insights = insights;
        this.outbox = outbox;
        this.caller = caller;
        this.query = query;
        this.json = json;
        this.followUps = followUps;
    }

    public SessionResponse create(CreateSessionRequest r) {
        validator.check(r, errors -> {
            checkShape(errors, new SessionShapeRules.Shape(r.start(), r.end(), r.type(), r.invitees()));
            checkSupport(errors, r.type(), r.trainingTopics(), r.followUpOf());
        });
        placeOf(r);
        // Everyone, the wellbeing contact too, is looked up in one call before anything is written.
        UUID contact = r.sensitive() == null ? null : r.sensitive().wellbeingContactId();
        ParticipantDirectory everyone = participants.lookup(withContact(r.invitees(), contact));
        requireContactKnown(everyone, contact);
        ParticipantDirectory invitees = only(everyone, r.invitees());
        ProjectService.requireKnown(invitees);
        return QuarkusTransaction.requiringNew().call(() -> createChecked(r, invitees));
    }

    private SessionResponse createChecked(CreateSessionRequest r, ParticipantDirectory invitees) {
        // Read again inside the transaction: what was read before it belongs to no transaction.
        Place place = placeOf(r);
        Session s = new Session();
        s.project = place.project();
        s.title = r.title().strip();
        s.purpose = r.purpose();
        s.type = r.type();
        s.format = r.format();
        s.venue = place.venue();
        s.joiningLink = r.joiningLink();
        s.start = r.start();
        s.end = r.end();
        s.timeZone = r.timeZone();
        s.invitees.addAll(r.invitees());
        apply(s, r.arrangements() == null ? ArrangementsDto.none() : r.arrangements());
        applySupport(s, r.sensitive(), r.trainingTopics(), r.style(), r.followUpOf());
        s.persist();
        em.flush();
        followUps.arrangedBy(s);
        // Same transaction as the session: both are kept or neither; delivery happens after commit.
        invite(s, s.invitees);
        em.flush();
        return SessionViews.view(s, insights.conflicts(s, invitees), insights.gaps(s, invitees));
    }

    public SessionResponse get(UUID id) {
        return SessionViews.view(findVisible(id), viewer());
    }

    /** Whose answers the caller may see: null for all (coordinator, service), else the participant's own. */
    private UUID viewer() {
        return caller.isParticipantOnly() ? caller.participantId() : null;
    }

    /**
     * An invitee answers their invitation (the participant themself, or a coordinator for them). Refused with 409
     * once the session is cancelled, completed or has started; 404 if the person is not invited.
     */
    @Transactional
    public SessionAnswersResponse answer(UUID id, UUID participantId, AnswerRequest r) {
        // Locked before anything is read: an answer and a change of invitees never interleave, so a removed
        // invitee's answer always goes with them.
        Session s = visible(id, em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE));
        if (caller.isParticipantOnly() && !participantId.equals(caller.participantId())) {
            // Same plain 403 as for someone else's session list: a participant answers only for themself.
            throw new ForbiddenException();
        }
        validator.check(r);
        if (!s.invitees.contains(participantId)) {
            throw new UnknownResourceException("Participant " + participantId + " is not invited to this session.");
        }
        requireScheduled(s, "answered");
        if (!s.start.isAfter(Instant.now())) {
            throw new StateConflictException("The session has already started and can no longer be answered.");
        }
        String reason =
                r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        s.answer(participantId, InvitationAnswer.valueOf(r.answer().name()), reason, Instant.now());
        em.flush();
        UUID onlyFor = viewer();
        return new SessionAnswersResponse(s.id, SessionViews.answers(s, onlyFor), s.comingCount());
    }

    public Page<SessionResponse> list(
            UUID projectId, UUID participantId, Instant from, Instant to, PageRequest paging) {
        if (caller.isParticipantOnly()) {
            UUID self = caller.participantId();
            if (self == null || (participantId != null && !participantId.equals(self))) {
                throw new ForbiddenException();
            }
            participantId = self;
        }
        SessionQuery.Found found = query.find(new SessionQuery.Filter(projectId, participantId, from, to), paging);
        List<SessionResponse> items = found.sessions().stream()
                .map(s -> SessionViews.view(s, viewer()))
                .toList();
        return Page.of(items, paging, found.total());
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to the session: fields left out stay as they are, {@code null} clears an
     * optional field (purpose, venueId, joiningLink), and arrangements merge field by field.
     */
    public SessionResponse update(UUID id, Long ifMatch, JsonNode patch) {
        Session stored = find(id);
        Plan plan = plan(stored, ifMatch, patch);
        SensitiveDto sensitive = plan.changed().sensitive();
        UUID contact = sensitive == null ? null : sensitive.wellbeingContactId();
        ParticipantDirectory everyone = participants.lookup(withContact(plan.invitees(), contact));
        // Only a newly named contact must be known, as only newcomers among the invitees must.
        if (contact != null && !contact.equals(stored.wellbeingContactId)) {
            requireContactKnown(everyone, contact);
        }
        ParticipantDirectory directory = only(everyone, plan.invitees());
        // People already invited and since gone from participants-service stay; only newcomers must be known.
        List<UUID> unknownNewcomers = directory.missing().stream()
                .filter(p -> !stored.invitees.contains(p))
                .toList();
        ProjectService.requireKnown(new ParticipantDirectory(Map.of(), unknownNewcomers));
        long versionRead = stored.version;
        return QuarkusTransaction.requiringNew().call(() -> updateChecked(id, ifMatch, versionRead, patch, directory));
    }

    private SessionResponse updateChecked(
            UUID id, Long ifMatch, long versionRead, JsonNode patch, ParticipantDirectory directory) {
        Session s = find(id);
        if (s.version != versionRead) {
            Versions.check(ifMatch, s.version);
            // Changed by someone else while participants-service was asked: the lookup may no longer fit.
            throw new OptimisticLockException("session " + id + " changed during the update");
        }
        Plan plan = plan(s, ifMatch, patch);
        UpdateSessionRequest r = plan.changed();
        SessionChange.Snapshot before = SessionChange.Snapshot.of(s);
        s.title = r.title().strip();
        s.purpose = r.purpose();
        s.joiningLink = r.joiningLink();
        s.type = r.type();
        s.format = r.format();
        s.venue = plan.venue();
        s.reschedule(r.start(), r.end(), r.timeZone());
        s.invitees.clear();
        s.invitees.addAll(r.invitees());
        apply(s, r.arrangements() == null ? ArrangementsDto.none() : r.arrangements());
        applySupport(s, r.sensitive(), r.trainingTopics(), r.style(), r.followUpOf());
        SessionChange change = SessionChange.between(before, SessionChange.Snapshot.of(s));
        // Flushed first: the notices carry the version the change gives the session (the calendar's SEQUENCE).
        em.flush();
        if (change.worthTelling()) {
            outbox.enqueue(
                    NoticeKind.SESSION_CHANGED,
                    change.toTell(),
                    s.id,
                    SessionFacts.of(s, s.version),
                    before.facts(),
                    null);
        }
        invite(s, change.newcomers());
        followUps.arrangedBy(s);
        em.flush();
        return SessionViews.view(s, insights.conflicts(s, directory), insights.gaps(s, directory));
    }

    @Transactional
    public SessionResponse cancel(UUID id, Long ifMatch, CancelRequest r) {
        validator.check(r);
        Session s = find(id);
        Versions.check(ifMatch, s.version);
        requireScheduled(s, "cancelled");
        s.cancel(r.reason(), Instant.now());
        // Flushed first: the notice carries the raised version, the SEQUENCE of the cancelled calendar file.
        em.flush();
        // Same transaction as the cancellation: both are kept or neither; delivery happens after commit.
        outbox.enqueue(
                NoticeKind.SESSION_CANCELLED, s.invitees, s.id, SessionFacts.of(s, s.version), null, s.cancelReason);
        em.flush();
        return SessionViews.view(s);
    }

    /**
     * Queues one invitation to these people, in the caller's transaction. Nobody is invited to a session that is
     * cancelled or has already started.
     */
    private void invite(Session s, Collection<UUID> newlyInvited) {
        if (newlyInvited.isEmpty() || s.status != SessionStatus.SCHEDULED || !s.start.isAfter(Instant.now())) {
            return;
        }
        // The caller has flushed: the version is the one the calendar file now carries.
        outbox.enqueue(NoticeKind.SESSION_INVITATION, newlyInvited, s.id, SessionFacts.of(s, s.version), null, null);
    }

    /** A session the caller may see: coordinators and services any, a participant only one they are invited to. */
    public Session findVisible(UUID id) {
        return visible(id, Session.findById(id));
    }

    private Session visible(UUID id, Session s) {
        if (s == null || (caller.isParticipantOnly() && !s.invitees.contains(caller.participantId()))) {
            // Same answer whether it does not exist or is not theirs: no hint that the id exists.
            throw new UnknownResourceException("No session with id " + id + ".");
        }
        return s;
    }

    static Session find(UUID id) {
        Session s = Session.findById(id);
        if (s == null) {
            throw new UnknownResourceException("No session with id " + id + ".");
        }
        return s;
    }

    /** Where a new session belongs and takes place. */
    private record Place(Project project, Venue venue) {}

    private Place placeOf(CreateSessionRequest r) {
        Project project = ProjectService.find(r.projectId());
        Venue venue = r.venueId() == null ? null : VenueService.find(r.venueId());
        checkVenueFits(r.format(), venue);
        return new Place(project, venue);
    }

    /** A session as an update would leave it (every field, after the merge), checked, with its venue. */
    private record Plan(UpdateSessionRequest changed, Venue venue) {
        List<UUID> invitees() {
            return changed.invitees();
        }
    }

    private Plan plan(Session s, Long ifMatch, JsonNode patch) {
        Versions.check(ifMatch, s.version);
        requireScheduled(s, "changed");
        UpdateSessionRequest r = merged(s, patch);
        validator.check(r, errors -> {
            // A merge patch's null removes a field: these ones a session cannot do without.
            required(errors, "title", r.title());
            required(errors, "type", r.type());
            required(errors, "format", r.format());
            required(errors, "start", r.start());
            required(errors, "end", r.end());
            required(errors, "timeZone", r.timeZone());
            required(errors, "invitees", r.invitees());
            checkShape(errors, new SessionShapeRules.Shape(r.start(), r.end(), r.type(), r.invitees()));
            checkSupport(errors, r.type(), r.trainingTopics(), r.followUpOf());
        });
        Venue venue = r.venueId() == null ? null : VenueService.find(r.venueId());
        checkVenueFits(r.format(), venue);
        return new Plan(r, venue);
    }

    /** The session as it is, in the request's shape, with the patch merged in; read as strictly as any request. */
    private UpdateSessionRequest merged(Session s, JsonNode patch) {
        JsonNode current = json.valueToTree(new UpdateSessionRequest(
                s.title,
                s.purpose,
                s.type,
                s.format,
                s.venue == null ? null : s.venue.id,
                s.joiningLink,
                s.start,
                s.end,
                s.timeZone,
                new ArrayList<>(s.invitees),
                SessionViews.arrangements(s),
                s.isSensitive() ? new SensitiveDto(s.contentNote, s.wellbeingContactId) : null,
                SessionViews.trainingTopics(s),
                s.style,
                s.followUpOf));
        try {
            return json.treeToValue(MergePatch.apply(current, patch), UpdateSessionRequest.class);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        }
    }

    private static void required(List<FieldError> errors, String field, Object value) {
        if (value == null && !RequestValidator.has(errors, field)) {
            errors.add(new FieldError(field, "is required and cannot be removed"));
        }
    }

    private static void requireScheduled(Session s, String action) {
        if (s.status != SessionStatus.SCHEDULED) {
            throw new StateConflictException(
                    "The session is " + s.status.name().toLowerCase(Locale.ROOT) + " and cannot be " + action + ".");
        }
    }

    private void checkShape(List<FieldError> errors, SessionShapeRules.Shape shape) {
        shapes.check(shape, field -> RequestValidator.has(errors, field))
                .forEach(v -> errors.add(new FieldError(v.field(), v.message())));
    }

    private void checkSupport(List<FieldError> errors, SessionType type, List<TrainingTopic> topics, UUID followUpOf) {
        Boolean followedSensitive = null;
        if (followUpOf != null) {
            Session followed = Session.findById(followUpOf);
            followedSensitive = followed == null ? null : followed.isSensitive();
        }
        supportRules.check(type, topics, followUpOf, followedSensitive).stream()
                .filter(v -> !RequestValidator.has(errors, v.field()))
                .forEach(v -> errors.add(new FieldError(v.field(), v.message())));
    }

    private static List<UUID> withContact(List<UUID> invitees, UUID contact) {
        if (contact == null || invitees.contains(contact)) {
            return invitees;
        }
        List<UUID> ids = new ArrayList<>(invitees);
        ids.add(contact);
        return ids;
    }

    private static void requireContactKnown(ParticipantDirectory directory, UUID contact) {
        if (contact != null && directory.missing().contains(contact)) {
            throw InvalidInputException.of("sensitive.wellbeingContactId", "is not a registered participant");
        }
    }

    /** The directory narrowed to these people: the wellbeing contact is asked for, not checked for access. */
    private static ParticipantDirectory only(ParticipantDirectory directory, List<UUID> ids) {
        Map<UUID, org.coproduction.sessions.client.ParticipantView> found = new java.util.LinkedHashMap<>();
        directory.found().forEach((id, p) -> {
            if (ids.contains(id)) {
                found.put(id, p);
            }
        });
        return new ParticipantDirectory(
                found, directory.missing().stream().filter(ids::contains).toList());
    }

    private static void applySupport(
            Session s, SensitiveDto sensitive, List<TrainingTopic> topics, SessionStyle style, UUID followUpOf) {
        s.contentNote = sensitive == null ? null : sensitive.contentNote();
        s.wellbeingContactId = sensitive == null ? null : sensitive.wellbeingContactId();
        s.trainingTopics.clear();
        if (topics != null) {
            s.trainingTopics.addAll(topics);
        }
        s.style = style == null ? SessionStyle.GROUP : style;
        s.followUpOf = followUpOf;
    }

    private void checkVenueFits(SessionFormat format, Venue venue) {
        shapes.venueFits(format, venue == null ? null : venue.format).ifPresent(v -> {
            throw InvalidInputException.of(v.field(), v.message());
        });
    }

    private static void apply(Session s, ArrangementsDto a) {
        s.interpretation.clear();
        if (a.interpretation() != null) {
            a.interpretation().forEach(l -> s.interpretation.add(l.toLowerCase(Locale.ROOT)));
        }
        s.captions = Boolean.TRUE.equals(a.captions());
        s.largePrintMaterials = Boolean.TRUE.equals(a.largePrintMaterials());
        s.easyReadMaterials = Boolean.TRUE.equals(a.easyReadMaterials());
        s.breaks = Boolean.TRUE.equals(a.breaks());
        s.quietSpace = Boolean.TRUE.equals(a.quietSpace());
    }
}
