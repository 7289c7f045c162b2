package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.sessions.api.ActionDto;
import org.coproduction.sessions.api.AttendanceRequest;
import org.coproduction.sessions.api.AttendanceResponse;
import org.coproduction.sessions.api.SummaryRequest;
import org.coproduction.sessions.api.SummaryResponse;
import org.coproduction.sessions.domain.ActionItem;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionStatus;

/** After a session: what was said and decided, the next steps, and who came. */
@ApplicationScoped
public class SessionRecordService {
    private final RequestValidator validator;
    private final SessionService sessions;

    public SessionRecordService(RequestValidator validator, SessionService sessions) {
        this.validator = validator;
        this.sessions = sessions;
    }

    @Transactional
    public SummaryResponse recordSummary(UUID id, SummaryRequest r) {
        validator.check(r);
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
        RequestValidator.throwIfAny(errors);
        s.summary = r.summary().strip();
        s.decisions.clear();
        if (r.decisions() != null) {
            r.decisions().forEach(d -> s.decisions.add(d.strip()));
        }
        s.actions.clear();
        for (ActionDto a : actions) {
            s.actions.add(new ActionItem(a.description().strip(), a.ownerId(), a.due(), Boolean.TRUE.equals(a.done())));
        }
        s.summaryRecordedAt = Instant.now();
        return view(s);
    }

    public SummaryResponse summary(UUID id) {
        return view(sessions.findVisible(id));
    }

    @Transactional
    public AttendanceResponse recordAttendance(UUID id, AttendanceRequest r) {
        validator.check(r);
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

    private static SummaryResponse view(Session s) {
        return new SummaryResponse(
                s.id,
                s.summary,
                new ArrayList<>(s.decisions),
                s.actions.stream()
                        .map(a -> new ActionDto(a.description, a.ownerId, a.due, a.done))
                        .toList(),
                s.summaryRecordedAt);
    }
}
