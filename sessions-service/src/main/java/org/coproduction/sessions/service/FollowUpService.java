package org.coproduction.sessions.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.FollowUpDto;
import org.coproduction.sessions.config.FollowUpConfig;
import org.coproduction.sessions.domain.FollowUp;
import org.coproduction.sessions.domain.FollowUpFacts;
import org.coproduction.sessions.domain.FollowUpStatus;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionFacts;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.support.FollowUpRules;

/**
 * Follow-ups after sensitive sessions: offered to each attendee once (with a notice in the same transaction),
 * arranged by a MENTORING session that follows the session up, or declined by the person.
 */
@ApplicationScoped
public class FollowUpService {
    private final NoticeOutbox outbox;
    private final CurrentCaller caller;
    private final FollowUpRules rules;

    public FollowUpService(NoticeOutbox outbox, CurrentCaller caller, FollowUpConfig config) {
        this.outbox = outbox;
        this.caller = caller;
        this.rules = new FollowUpRules(config.within());
    }

    /**
     * Offers a follow-up to each attendee of a sensitive session not offered one before, each with a
     * FOLLOW_UP_OFFER notice, in the caller's transaction.
     *
     * @param mentors each attendee's mentor, as participants-service has it (absent: none)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int offer(Session s, Map<UUID, UUID> mentors) {
        List<UUID> offered = FollowUp.<FollowUp>list("sessionId", s.id).stream()
                .map(f -> f.participantId)
                .toList();
        Set<UUID> toOffer = FollowUpRules.toOffer(s.isSensitive(), s.attended, offered);
        Instant now = now();
        for (UUID person : toOffer) {
            FollowUp f = new FollowUp();
            f.sessionId = s.id;
            f.participantId = person;
            f.offeredAt = now;
            f.dueBy = rules.dueBy(s.end);
            f.persist();
            outbox.enqueueFollowUpOffer(
                    person,
                    s.id,
                    SessionFacts.of(s, s.version),
                    new FollowUpFacts(f.dueBy, mentors.get(person), s.wellbeingContactId));
        }
        return toOffer.size();
    }

    /** A MENTORING session that follows up a sensitive one arranges its invitees' open or declined offers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void arrangedBy(Session mentoring) {
        if (mentoring.type != SessionType.MENTORING || mentoring.followUpOf == null) {
            return;
        }
        for (UUID invitee : mentoring.invitees) {
            FollowUp f = FollowUp.findById(new FollowUp.Key(mentoring.followUpOf, invitee));
            if (f != null && FollowUpRules.canArrange(f.status)) {
                f.status = FollowUpStatus.ARRANGED;
                f.mentoringSessionId = mentoring.id;
                f.declinedAt = null;
            }
        }
    }

    @Transactional
    public Page<FollowUpDto> list(UUID sessionId, PageRequest paging) {
        SessionService.find(sessionId);
        var query = FollowUp.<FollowUp>find("sessionId = ?1 order by offeredAt, participantId", sessionId);
        long total = query.count();
        Instant now = Instant.now();
        List<FollowUpDto> items = query.range(paging.offset(), paging.last()).list().stream()
                .map(f -> view(f, now))
                .toList();
        return Page.of(items, paging, total);
    }

    /** The person (or a coordinator for them) says no thanks; saying it again changes nothing. */
    @Transactional
    public FollowUpDto decline(UUID sessionId, UUID participantId) {
        if (caller.isParticipantOnly() && !participantId.equals(caller.participantId())) {
            throw new ForbiddenException();
        }
        FollowUp f = FollowUp.findById(new FollowUp.Key(sessionId, participantId));
        if (f == null) {
            throw new UnknownResourceException(
                    "No follow-up was offered to participant " + participantId + " for this session.");
        }
        if (!FollowUpRules.canDecline(f.status)) {
            throw new StateConflictException("The follow-up is already arranged and cannot be declined.");
        }
        if (f.status != FollowUpStatus.DECLINED) {
            f.status = FollowUpStatus.DECLINED;
            f.declinedAt = now();
        }
        return view(f, Instant.now());
    }

    /** As the database keeps it (microseconds), so an answer reads the same before and after it is stored. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static FollowUpDto view(FollowUp f, Instant now) {
        return new FollowUpDto(
                f.participantId,
                f.offeredAt,
                f.dueBy,
                f.status,
                FollowUpRules.overdue(f.status, f.dueBy, now),
                f.mentoringSessionId,
                f.declinedAt);
    }
}
