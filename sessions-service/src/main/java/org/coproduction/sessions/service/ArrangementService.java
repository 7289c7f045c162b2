package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.sessions.api.ArrangementsResponse;
import org.coproduction.sessions.api.InterpreterBookingRequest;
import org.coproduction.sessions.api.InterpreterBookingResponse;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.config.CostsConfig;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.InterpreterBooking;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.arrangements.ArrangementRules;
import org.coproduction.sessions.domain.arrangements.Arrangements;
import org.coproduction.sessions.domain.arrangements.Booking;
import org.coproduction.sessions.domain.arrangements.Invitee;
import org.coproduction.sessions.domain.arrangements.PersonNeeds;
import org.coproduction.sessions.domain.arrangements.SessionProvision;

/**
 * What a session needs arranging (dietary requirements, interpreters, copies, a quiet space) and the interpreters
 * booked for it. Needs and dietary requirements are read live from participants-service, nothing of them is kept.
 */
@ApplicationScoped
public class ArrangementService {
    static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}");

    private final ParticipantsClient participants;
    private final CostsConfig costs;
    private final RequestValidator validator;
    private final ArrangementRules rules = new ArrangementRules();

    public ArrangementService(ParticipantsClient participants, CostsConfig costs, RequestValidator validator) {
        this.participants = participants;
        this.costs = costs;
        this.validator = validator;
    }

    /** No transaction: the session is read, then participants-service is asked, then bookings are read. */
    public ArrangementsResponse arrangements(UUID sessionId, boolean withNames) {
        Session s = SessionService.find(sessionId);
        List<UUID> expected = rules.expected(
                s.invitees.stream().map(i -> new Invitee(i, s.notComing(i))).toList());
        List<PersonNeeds> people = new ArrayList<>();
        for (ParticipantView p : participants.lookup(expected).found().values()) {
            people.add(needs(p));
        }
        List<Booking> bookings = InterpreterBooking.<InterpreterBooking>list("sessionId", sessionId).stream()
                .map(b -> new Booking(b.language, b.booked, b.cost, b.reference))
                .toList();
        Arrangements a = rules.arrange(expected.size(), provision(s), people, bookings, withNames);
        return new ArrangementsResponse(
                s.id,
                a.expected(),
                costs.currency(),
                a.dietary().stream()
                        .map(d -> new ArrangementsResponse.Dietary(d.requirement(), d.count(), d.names()))
                        .toList(),
                a.interpreters().stream()
                        .map(i -> new ArrangementsResponse.Interpreter(
                                i.language(), i.neededBy(), i.booked(), i.cost(), i.reference()))
                        .toList(),
                new ArrangementsResponse.Copies(
                        a.largePrint().needed(), a.largePrint().arranged()),
                new ArrangementsResponse.Copies(
                        a.easyRead().needed(), a.easyRead().arranged()),
                new ArrangementsResponse.QuietSpace(
                        a.quietSpace().needed(), a.quietSpace().arranged()),
                a.missing());
    }

    /** Records (or changes) the booking of an interpreter in this language; not for a cancelled session. */
    @Transactional
    public InterpreterBookingResponse book(UUID sessionId, String language, InterpreterBookingRequest r) {
        String code = language(language);
        validator.check(r);
        Session s = SessionService.find(sessionId);
        if (s.status == SessionStatus.CANCELLED) {
            throw new StateConflictException("The session was cancelled; there is nothing to book.");
        }
        InterpreterBooking b = InterpreterBooking.findById(new InterpreterBooking.Key(sessionId, code));
        if (b == null) {
            b = new InterpreterBooking();
            b.sessionId = sessionId;
            b.language = code;
        }
        b.booked = r.booked();
        b.cost = r.cost() == null ? null : r.cost().setScale(2);
        b.reference = r.reference() == null || r.reference().isBlank()
                ? null
                : r.reference().strip();
        // Microseconds, as PostgreSQL keeps it: the answer then says what a later read will.
        b.updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        b.persist();
        return view(b);
    }

    /** Forgets the booking; forgetting one that is not there changes nothing. */
    @Transactional
    public void unbook(UUID sessionId, String language) {
        String code = language(language);
        SessionService.find(sessionId);
        InterpreterBooking.deleteById(new InterpreterBooking.Key(sessionId, code));
    }

    InterpreterBookingResponse view(InterpreterBooking b) {
        return new InterpreterBookingResponse(b.language, b.booked, b.cost, costs.currency(), b.reference, b.updatedAt);
    }

    /** The path's language as kept: 2 to 8 letters, lower case, "bsl" read as "bfi". */
    static String language(String language) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw InvalidInputException.of("language", "must be a language code of 2 to 8 letters, such as bfi or pl");
        }
        return ArrangementRules.languageKey(language.toLowerCase(Locale.ROOT));
    }

    static SessionProvision provision(Session s) {
        var features = s.venue == null ? java.util.Set.<AccessNeed>of() : s.venue.features;
        return new SessionProvision(
                s.format,
                s.largePrintMaterials || features.contains(AccessNeed.LARGE_PRINT),
                s.easyReadMaterials,
                s.quietSpace || features.contains(AccessNeed.QUIET_SPACE),
                s.isSensitive());
    }

    static PersonNeeds needs(ParticipantView p) {
        var attendee = SessionInsights.needs(p);
        return new PersonNeeds(
                p.id(),
                p.name(),
                p.financialSupport() == null ? null : p.financialSupport().dietaryRequirements(),
                attendee.needs(),
                p.language() == null ? null : p.language().interpretation(),
                p.language() == null ? null : p.language().preferred(),
                p.communication() != null
                        && "LARGE_PRINT".equalsIgnoreCase(p.communication().format()));
    }
}
