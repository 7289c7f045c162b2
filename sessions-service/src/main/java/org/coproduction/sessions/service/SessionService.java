package org.coproduction.sessions.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.NoticeWriter;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.Venue;
import org.coproduction.sessions.domain.VenueFormat;
import org.coproduction.sessions.api.ArrangementsDto;
import org.coproduction.sessions.api.CancelRequest;
import org.coproduction.sessions.api.CreateSessionRequest;
import org.coproduction.sessions.api.Page;
import org.coproduction.sessions.api.SessionResponse;
import org.coproduction.sessions.api.UpdateSessionRequest;

/** Creating, reading, moving and cancelling sessions. Moves and cancellations notify invitees via the outbox. */
@ApplicationScoped
public class SessionService {
    static final Duration LONGEST_SESSION = Duration.ofHours(12);

    private final EntityManager em;
    private final RequestValidator validator;
    private final ParticipantsClient participants;
    private final SessionInsights insights;
    private final NoticeOutbox outbox;
    private final CurrentCaller caller;
    private final NoticeWriter writer = new NoticeWriter();

    public SessionService(EntityManager em, RequestValidator validator, ParticipantsClient participants,
                          SessionInsights insights, NoticeOutbox outbox, CurrentCaller caller) {
        this.em = em;
        this.validator = validator;
        this.participants = participants;
        this.insights = insights;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public SessionResponse create(CreateSessionRequest r) {
        validator.check(r, errors -> checkShape(errors, r.start(), r.end(), r.timeZone(), r.type(), r.invitees()));
        Project project = ProjectService.find(r.projectId());
        Venue venue = r.venueId() == null ? null : VenueService.find(r.venueId());
        checkVenueFits(r.format(), venue);
        // Everyone is looked up in one call before anything is written.
        ParticipantDirectory invitees = participants.lookup(r.invitees());
        ProjectService.requireKnown(invitees);

        Session s = new Session();
        s.project = project;
        s.title = r.title().strip();
        s.purpose = r.purpose();
        s.type = r.type();
        s.format = r.format();
        s.venue = venue;
        s.joiningLink = r.joiningLink();
        s.start = r.start();
        s.end = r.end();
        s.timeZone = r.timeZone();
        s.invitees.addAll(r.invitees());
        apply(s, r.arrangements() == null ? ArrangementsDto.none() : r.arrangements());
        s.persist();
        em.flush();
        return SessionViews.view(s, insights.conflicts(s, invitees), insights.gaps(s, invitees));
    }

    public SessionResponse get(UUID id) {
        return SessionViews.view(findVisible(id));
    }

    public Page<SessionResponse> list(UUID projectId, UUID participantId, Instant from, Instant to,
                                      PageRequest paging) {
        if (caller.isParticipantOnly()) {
            UUID self = caller.participantId();
            if (self == null || (participantId != null && !participantId.equals(self))) {
                throw new ForbiddenException();
            }
            participantId = self;
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (projectId != null) {
            where.append(" and s.project.id = :project");
            params.put("project", projectId);
        }
        if (participantId != null) {
            where.append(" and :participant member of s.invitees");
            params.put("participant", participantId);
        }
        if (from != null) {
            where.append(" and s.start >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and s.start < :to");
            params.put("to", to);
        }
        TypedQuery<Long> count = em.createQuery("select count(s) from Session s" + where, Long.class);
        TypedQuery<Session> page = em.createQuery("select s from Session s left join fetch s.venue join fetch s.project"
                + where + " order by s.start, s.id", Session.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            page.setParameter(k, v);
        });
        List<SessionResponse> items = page.setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList().stream().map(SessionViews::view).toList();
        return new Page<>(items, paging.page(), paging.size(), count.getSingleResult());
    }

    @Transactional
    public SessionResponse update(UUID id, Long ifMatch, UpdateSessionRequest r) {
        validator.check(r);
        Session s = find(id);
        Versions.check(ifMatch, s.version);
        requireScheduled(s, "changed");
        Instant start = r.start() != null ? r.start() : s.start;
        Instant end = r.end() != null ? r.end() : s.end;
        String zone = r.timeZone() != null ? r.timeZone() : s.timeZone;
        SessionType type = r.type() != null ? r.type() : s.type;
        SessionFormat format = r.format() != null ? r.format() : s.format;
        List<UUID> invitees = r.invitees() != null ? r.invitees() : new ArrayList<>(s.invitees);
        FieldErrors errors = new FieldErrors();
        checkShape(errors, start, end, zone, type, invitees);
        errors.throwIfAny();
        Venue venue = r.venueId() != null ? VenueService.find(r.venueId()) : s.venue;
        checkVenueFits(format, venue);
        ParticipantDirectory directory = participants.lookup(invitees);
        Set<UUID> added = new HashSet<>(invitees);
        added.removeAll(s.invitees);
        if (directory.missing().stream().anyMatch(added::contains)) {
            ProjectService.requireKnown(new ParticipantDirectory(Map.of(),
                    directory.missing().stream().filter(added::contains).toList()));
        }

        boolean moved = !start.equals(s.start) || !end.equals(s.end) || !zone.equals(s.timeZone);
        boolean placeChanged = format != s.format || !Objects.equals(venue, s.venue)
                || (r.joiningLink() != null && !r.joiningLink().equals(s.joiningLink));
        Set<UUID> toTell = new LinkedHashSet<>(s.invitees);
        toTell.addAll(invitees);

        if (r.title() != null) {
            s.title = r.title().strip();
        }
        if (r.purpose() != null) {
            s.purpose = r.purpose();
        }
        if (r.joiningLink() != null) {
            s.joiningLink = r.joiningLink();
        }
        s.type = type;
        s.format = format;
        s.venue = venue;
        s.start = start;
        s.end = end;
        s.timeZone = zone;
        s.invitees.clear();
        s.invitees.addAll(invitees);
        if (r.arrangements() != null) {
            apply(s, r.arrangements());
        }
        if (moved || placeChanged) {
            NoticeWriter.SessionFacts facts = facts(s);
            outbox.enqueue(NoticeKind.SESSION_CHANGED, toTell, writer.changedSubject(facts),
                    writer.changedBody(facts), s.id);
        }
        em.flush();
        return SessionViews.view(s, insights.conflicts(s, directory), insights.gaps(s, directory));
    }

    @Transactional
    public SessionResponse cancel(UUID id, Long ifMatch, CancelRequest r) {
        validator.check(r);
        Session s = find(id);
        Versions.check(ifMatch, s.version);
        requireScheduled(s, "cancelled");
        s.status = SessionStatus.CANCELLED;
        s.cancelReason = r.reason().strip();
        s.cancelledAt = Instant.now();
        NoticeWriter.SessionFacts facts = facts(s);
        // Same transaction as the cancellation: both are kept or neither; delivery happens after commit.
        outbox.enqueue(NoticeKind.SESSION_CANCELLED, s.invitees, writer.cancelledSubject(facts),
                writer.cancelledBody(facts, r.reason()), s.id);
        em.flush();
        return SessionViews.view(s);
    }

    /** A session the caller may see: coordinators and services any, a participant only one they are invited to. */
    public Session findVisible(UUID id) {
        Session s = Session.findById(id);
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

    static NoticeWriter.SessionFacts facts(Session s) {
        String place = s.venue != null ? s.venue.name + (s.venue.address == null ? "" : ", " + s.venue.address)
                : null;
        if (s.joiningLink != null) {
            place = place == null ? "online: " + s.joiningLink : place + "; or online: " + s.joiningLink;
        }
        return new NoticeWriter.SessionFacts(s.title, s.project.name, s.start, s.end, s.timeZone, place);
    }

    private static void requireScheduled(Session s, String action) {
        if (s.status != SessionStatus.SCHEDULED) {
            throw new StateConflictException("The session is " + s.status.name().toLowerCase()
                    + " and cannot be " + action + ".");
        }
    }

    private static void checkShape(FieldErrors errors, Instant start, Instant end, String zone, SessionType type,
                                   List<UUID> invitees) {
        if (start != null && end != null && !errors.has("start") && !errors.has("end")) {
            if (!end.isAfter(start)) {
                errors.add("end", "must be after start");
            } else if (Duration.between(start, end).compareTo(LONGEST_SESSION) > 0) {
                errors.add("end", "a session may last at most 12 hours");
            }
        }
        if (zone != null && !zone.isBlank() && Zones.parse(zone).isEmpty()) {
            errors.add("timeZone", "must be an IANA time zone such as Europe/London");
        }
        if (invitees != null && !errors.has("invitees")) {
            if (new HashSet<>(invitees).size() != invitees.size()) {
                errors.add("invitees", "must not list anyone twice");
            }
            if (type == SessionType.MENTORING && invitees.size() != 2) {
                errors.add("invitees", "a MENTORING session is one-to-one: invite exactly two people");
            }
        }
    }

    private static void checkVenueFits(SessionFormat format, Venue venue) {
        if (format == SessionFormat.ONLINE) {
            if (venue != null && venue.format != VenueFormat.ONLINE) {
                throw new InvalidInputException("venueId", "an ONLINE session needs an ONLINE venue or none");
            }
        } else if (venue == null) {
            throw new InvalidInputException("venueId", "an " + format + " session needs a venue");
        } else if (venue.format != VenueFormat.IN_PERSON) {
            throw new InvalidInputException("venueId", "an " + format + " session needs an IN_PERSON venue");
        }
    }

    private static void apply(Session s, ArrangementsDto a) {
        s.interpretation.clear();
        if (a.interpretation() != null) {
            a.interpretation().forEach(l -> s.interpretation.add(l.toLowerCase(java.util.Locale.ROOT)));
        }
        s.captions = Boolean.TRUE.equals(a.captions());
        s.largePrintMaterials = Boolean.TRUE.equals(a.largePrintMaterials());
        s.easyReadMaterials = Boolean.TRUE.equals(a.easyReadMaterials());
        s.breaks = Boolean.TRUE.equals(a.breaks());
    }
}
