package org.coproduction.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coproduction.participants.api.AbsenceDto;
import org.coproduction.participants.api.LookupRequest;
import org.coproduction.participants.api.ParticipantRequest;
import org.coproduction.participants.api.WeeklyWindowDto;
import org.coproduction.participants.domain.Absence;
import org.coproduction.participants.domain.AvailabilityRules;
import org.coproduction.participants.domain.AvailabilityRules.IndexedAbsence;
import org.coproduction.participants.domain.AvailabilityRules.IndexedWindow;
import org.coproduction.participants.domain.ContactChannel;
import org.coproduction.participants.domain.Participant;
import org.coproduction.participants.domain.ProfileRules;
import org.coproduction.participants.domain.Violation;
import org.coproduction.participants.domain.WeeklyWindow;
import org.coproduction.platform.json.JsonPaths;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;

/**
 * Checks a participant request against every rule at once (field constraints, availability, zone, consent, mentor)
 * so the client hears of all its mistakes in one answer.
 */
@ApplicationScoped
public class ParticipantValidator {

    private static final Set<String> DAYS =
            Set.copyOf(Arrays.stream(DayOfWeek.values()).map(Enum::name).toList());

    private final Validator validator;

    public ParticipantValidator(Validator validator) {
        this.validator = validator;
    }

    /** @param participantId the record's own id (null when registering), so a person cannot mentor themself */
    public void check(ParticipantRequest request, UUID participantId) {
        check(request, participantId, List.of());
    }

    /** @param found violations the caller found already, reported in the same answer */
    public void check(ParticipantRequest request, UUID participantId, List<Violation> found) {
        List<Violation> violations = new ArrayList<>(constraintViolations(request));
        violations.addAll(found);
        if (request.availability() != null) {
            violations.addAll(AvailabilityRules.checkWindows(
                    windows(request.availability().weekly())));
            violations.addAll(AvailabilityRules.checkAbsences(
                    absences(request.availability().unavailable())));
        }
        channel(request)
                .ifPresent(channel -> violations.addAll(ProfileRules.checkChannel(
                        channel, present(request.email()), present(request.phone()), request.postalAddress() != null)));
        if (request.support() != null && request.support().mentorId() != null) {
            UUID mentorId = request.support().mentorId();
            boolean registered = !mentorId.equals(participantId) && Participant.count("id", mentorId) > 0;
            ProfileRules.checkMentor(participantId, mentorId, registered)
                    .ifPresent(m -> violations.add(new Violation("support.mentorId", m)));
        }
        failIfAny(violations);
    }

    /** The channel the record will have (EMAIL when left out); empty for a name Bean Validation refuses. */
    private static Optional<ContactChannel> channel(ParticipantRequest request) {
        String name =
                request.communication() == null ? null : request.communication().channel();
        if (name == null) {
            return Optional.of(ContactChannel.EMAIL);
        }
        return Arrays.stream(ContactChannel.values())
                .filter(c -> c.name().equals(name))
                .findFirst();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The ids of a lookup, once every one of them is known to be usable. */
    public List<UUID> checkLookup(LookupRequest request) {
        if (request == null) {
            // A body of JSON null.
            throw InvalidInputException.of("ids", "must list 1 to 1000 participant ids");
        }
        failIfAny(constraintViolations(request));
        return request.ids();
    }

    private <T> List<Violation> constraintViolations(T bean) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(bean)) {
            violations.add(new Violation(JsonPaths.of(v), v.getMessage()));
        }
        return violations;
    }

    /** One 400 listing every broken rule, in a stable order. */
    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                    .map(v -> new FieldError(v.field(), v.message()))
                    .toList());
        }
    }

    /** Windows whose own fields are valid; the others are already reported by Bean Validation. */
    private static List<IndexedWindow> windows(List<WeeklyWindowDto> weekly) {
        List<IndexedWindow> result = new ArrayList<>();
        for (int i = 0; weekly != null && i < weekly.size(); i++) {
            WeeklyWindowDto w = weekly.get(i);
            if (w != null && w.day() != null && DAYS.contains(w.day()) && w.start() != null && w.end() != null) {
                result.add(new IndexedWindow(i, new WeeklyWindow(DayOfWeek.valueOf(w.day()), w.start(), w.end())));
            }
        }
        return result;
    }

    private static List<IndexedAbsence> absences(List<AbsenceDto> unavailable) {
        List<IndexedAbsence> result = new ArrayList<>();
        for (int i = 0; unavailable != null && i < unavailable.size(); i++) {
            AbsenceDto a = unavailable.get(i);
            if (a != null && a.from() != null && a.to() != null) {
                result.add(new IndexedAbsence(i, new Absence(a.from(), a.to(), a.reason())));
            }
        }
        return result;
    }
}
