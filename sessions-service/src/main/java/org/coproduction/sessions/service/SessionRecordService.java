package org.coproduction.sessions.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.ActionDoneRequest;
import org.coproduction.sessions.api.ActionDto;
import org.coproduction.sessions.api.AttendanceRequest;
import org.coproduction.sessions.api.AttendanceResponse;
import org.coproduction.sessions.api.ReadabilityCheckResponse;
import org.coproduction.sessions.api.SummaryRequest;
import org.coproduction.sessions.api.SummaryResponse;
import org.coproduction.sessions.api.SummaryVersionDto;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.ActionItem;
import org.coproduction.sessions.domain.ContentVersionRules;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionStatus;

/** After a session: what was said and decided, the next steps, and who came. */
@ApplicationScoped
public class SessionRecordService {
    private final RequestValidator validator;
    private final SessionService sessions;
    private final EntityManager em;
    private final CurrentCaller caller;
    private final ProjectUpdateService updates;
    private final ParticipantsClient participants;
    private final FollowUpService followUps;
    private final CostService costs;
    private final PaymentLedger ledger;
    private final ContentVersionRules rules = new ContentVersionRules();

    public SessionRecordService(
            RequestValidator validator,
            SessionService sessions,
            EntityManager em,
            CurrentCaller caller,
            ProjectUpdateService updates,
            ParticipantsClient participants,
            FollowUpService followUps,
            CostService costs,
            PaymentLedger ledger) {
        this.validator = validator;
        this.sessions = sessions;
        this.em = em;
        this.caller = caller;
        this.updates = updates;
        this.participants = participants;
        this.followUps = followUps;
        this.costs = costs;
        this.ledger = ledger;
    }

    /** The readability reports recording this summary would give; nothing is stored or sent. */
    public ReadabilityCheckResponse dryRunSummary(UUID id, SummaryRequest r) {
        check(r);
        SessionService.find(id);
        String language = ProjectUpdateService.languageOf(r.language());
        List<SummaryVersionDto> versions = r.versions() == null ? List.of() : r.versions();
        return new ReadabilityCheckResponse(
                updates.readability(language, text(r.summary(), r.decisions(), descriptions(r.actions()))),
                versions.stream()
                        .map(v -> new ReadabilityCheckResponse.VersionReadability(
                                v.language(),
                                v.plain(),
                                updates.readability(v.language(), text(v.summary(), v.decisions(), v.actions()))))
                        .toList());
    }

    private static List<String> descriptions(List<ActionDto> actions) {
        return actions == null
                ? List.of()
                : actions.stream().map(a -> a == null ? "" : a.description()).toList();
    }

    /** What is scored: the summary, then each decision and action as a sentence of its own. */
    private static String text(String summary, List<String> decisions, List<String> actions) {
        StringBuilder t = new StringBuilder(summary == null ? "" : summary.strip());
        for (List<String> more : java.util.Arrays.asList(decisions, actions)) {
            if (more != null) {
                more.forEach(line -> t.append(". ").append(line));
            }
        }
        return t.toString();
    }

    /** Field checks, then versions: each once, not the original, decisions and actions lining up by position. */
    private void check(SummaryRequest r) {
        validator.check(r, errors -> {
            if (r.versions() == null || RequestValidator.has(errors, "language")) {
                return;
            }
            rules.check(
                            ProjectUpdateService.languageOf(r.language()),
                            r.versions().stream()
                                    .map(v -> v == null ? null : new ContentVersionRules.Key(v.language(), v.plain()))
                                    .toList())
                    .forEach(v -> errors.add(new FieldError(v.field(), v.message())));
            int decisions = r.decisions() == null ? 0 : r.decisions().size();
            int actions = r.actions() == null ? 0 : r.actions().size();
            for (int i = 0; i < r.versions().size(); i++) {
                SummaryVersionDto v = r.versions().get(i);
                if (v != null && v.decisions() != null && v.decisions().size() != decisions) {
                    errors.add(new FieldError(
                            "versions[" + i + "].decisions", "must have " + decisions + " decisions, as the original"));
                }
                if (v != null && v.actions() != null && v.actions().size() != actions) {
                    errors.add(new FieldError(
                            "versions[" + i + "].actions", "must have " + actions + " actions, as the original"));
                }
            }
        });
    }

    @Transactional
    public SummaryResponse recordSummary(UUID id, SummaryRequest r) {
        check(r);
        Session s = SessionService.find(id);
        requireHeld(s);
        Set<UUID> people = new HashSet<>(s.invitees);
        people.addAll(s.project.members);
        List<FieldError> errors = new ArrayList<>();
        List<ActionDto> actions = r.actions() == null ? List.of() : r.actions();
        for (int i = 0; i < actions.size(); i++) {
            // Not @NotNull on the shared Action: answers carry null once an owner was erased; a request must name one.
            if (actions.get(i).ownerId() == null) {
                errors.add(new FieldError("actions[" + i + "].ownerId", "must not be null"));
            } else if (!people.contains(actions.get(i).ownerId())) {
                errors.add(
                        new FieldError("actions[" + i + "].ownerId", "must be an invitee or a member of the project"));
            }
        }
        Map<UUID, ActionItem> kept = new HashMap<>();
        s.actions.forEach(a -> kept.put(a.actionId, a));
        Set<UUID> named = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            UUID actionId = actions.get(i).id();
            if (actionId != null && !kept.containsKey(actionId)) {
                errors.add(new FieldError("actions[" + i + "].id", "is not an action of this session"));
            } else if (actionId != null && !named.add(actionId)) {
                errors.add(new FieldError("actions[" + i + "].id", "names an action already listed"));
            }
        }
        RequestValidator.throwIfAny(errors);
        Instant now = Instant.now();
        s.summary = r.summary().strip();
        s.summaryLanguage = ProjectUpdateService.languageOf(r.language());
        s.summaryVersions = ContentJson.write(r.versions());
        s.decisions.clear();
        if (r.decisions() != null) {
            r.decisions().forEach(d -> s.decisions.add(d.strip()));
        }
        s.actions.clear();
        for (ActionDto a : actions) {
            ActionItem before = a.id() == null ? null : kept.get(a.id());
            // A named action keeps its id and done state (unless this request says otherwise); others are new.
            ActionItem item = before == null
                    ? new ActionItem(UUID.randomUUID(), null, null, null, false, null)
                    : new ActionItem(before.actionId, null, null, null, before.done, before.doneAt);
            item.description = a.description().strip();
            item.ownerId = a.ownerId();
            item.due = a.due();
            if (a.done() != null) {
                item.markDone(a.done(), now);
            }
            s.actions.add(item);
        }
        s.summaryRecordedAt = now;
        return view(s);
    }

    public SummaryResponse summary(UUID id) {
        return view(sessions.findVisible(id));
    }

    /**
     * Records who came. The attendees are looked up once, before the transaction opens: their payment preferences
     * make their ESTIMATED payment lines, and for a sensitive session their mentors go with their follow-up offers.
     */
    public AttendanceResponse recordAttendance(UUID id, AttendanceRequest r) {
        validator.check(r);
        Session read = SessionService.find(id);
        Map<UUID, UUID> mentors = new HashMap<>();
        Collection<ParticipantView> attendees = List.of();
        if (read.status != SessionStatus.CANCELLED && !r.attended().isEmpty()) {
            attendees = participants.lookup(r.attended()).found().values();
        }
        if (read.isSensitive()) {
            attendees.forEach(view -> {
                if (view.support() != null && view.support().mentorId() != null) {
                    mentors.put(view.id(), view.support().mentorId());
                }
            });
        }
        Collection<ParticipantView> people = attendees;
        return QuarkusTransaction.requiringNew().call(() -> recordAttendance(id, r, mentors, people));
    }

    private AttendanceResponse recordAttendance(
            UUID id, AttendanceRequest r, Map<UUID, UUID> mentors, Collection<ParticipantView> attendees) {
        Session s = SessionService.find(id);
        requireHeld(s);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < r.attended().size(); i++) {
            if (!s.invitees.contains(r.attended().get(i))) {
                errors.add(new FieldError("attended[" + i + "]", "was not invited to this session"));
            }
        }
        RequestValidator.throwIfAny(errors);
        s.attended.clear();
        s.attended.addAll(r.attended());
        s.attendanceRecordedAt = Instant.now();
        s.status = SessionStatus.COMPLETED;
        em.flush();
        // Same transaction as the attendance: the offers and their notices are kept with it or not at all.
        followUps.offer(s, mentors);
        // Same transaction too: who came and what they are owed are recorded together.
        ledger.fromAttendance(s, costs.estimateFor(s, attendees));
        return new AttendanceResponse(s.id, new ArrayList<>(s.attended), s.attendanceRecordedAt);
    }

    private static void requireHeld(Session s) {
        if (s.status == SessionStatus.CANCELLED) {
            throw new StateConflictException("The session was cancelled; there is nothing to record.");
        }
        if (s.start.isAfter(Instant.now())) {
            throw new StateConflictException("The session has not started yet.");
        }
    }

    /**
     * Marks an action done or open again: its owner (a participant) or a coordinator. The session row is locked so
     * this never interleaves with a summary being re-recorded. Marking it as it already is changes nothing.
     */
    @Transactional
    public ActionDto markAction(UUID sessionId, UUID actionId, ActionDoneRequest r) {
        Session s = em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        ActionItem action = (s == null ? java.util.Optional.<ActionItem>empty() : s.action(actionId))
                .orElseThrow(() -> new UnknownResourceException(
                        "No action with id " + actionId + " in session " + sessionId + "."));
        if (caller.isParticipantOnly() && (action.ownerId == null || !action.ownerId.equals(caller.participantId()))) {
            throw new ForbiddenException();
        }
        validator.check(r);
        action.markDone(r.done(), Instant.now());
        return view(action);
    }

    static ActionDto view(ActionItem a) {
        return new ActionDto(a.actionId, a.description, a.ownerId, a.due, a.done, a.doneAt);
    }

    private static SummaryResponse view(Session s) {
        return new SummaryResponse(
                s.id,
                s.summary,
                new ArrayList<>(s.decisions),
                s.actions.stream().map(SessionRecordService::view).toList(),
                s.summaryLanguage,
                ContentJson.summaryVersions(s.summaryVersions),
                s.summaryRecordedAt);
    }
}
