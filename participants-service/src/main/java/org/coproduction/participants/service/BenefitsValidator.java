package org.coproduction.participants.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coproduction.participants.api.BenefitsCheckRequest;
import org.coproduction.participants.api.BenefitsLimitRequest;
import org.coproduction.participants.domain.BenefitsLimitRules;
import org.coproduction.participants.domain.BenefitsPayment;
import org.coproduction.participants.domain.BenefitsPeriod;
import org.coproduction.participants.domain.BenefitsSchedule;
import org.coproduction.participants.domain.Violation;
import org.coproduction.platform.json.JsonPaths;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;

/** Reads a benefits limit or a check from its request, reporting every mistake in one 400. */
@ApplicationScoped
public class BenefitsValidator {

    /** A limit as it will be stored: the schedule is null exactly when the limit is. */
    public record Accepted(
            boolean paymentsMayAffectBenefits, BigDecimal limit, BenefitsSchedule schedule, String notes) {}

    /** A check, every amount and day present and valid. */
    public record Check(BenefitsPayment proposed, List<BenefitsPayment> earlier) {}

    private final Validator validator;

    public BenefitsValidator(Validator validator) {
        this.validator = validator;
    }

    public Accepted limit(BenefitsLimitRequest request) {
        requireBody(request);
        List<Violation> violations = constraintViolations(request);
        if (request.limit() != null) {
            BenefitsLimitRules.amountProblem(request.limit()).ifPresent(m -> violations.add(new Violation("limit", m)));
            if (Boolean.FALSE.equals(request.paymentsMayAffectBenefits())) {
                violations.add(new Violation("limit", "can be set only when paymentsMayAffectBenefits is true"));
            }
        }
        if (request.limit() != null && request.period() == null) {
            violations.add(new Violation("period", "is required with a limit: WEEK or MONTH"));
        }
        if (request.limit() == null && request.period() != null) {
            violations.add(new Violation("limit", "is required with a period: the most to be paid in one period"));
        }
        JsonNode startsOn = present(request.periodStartsOn());
        Optional<BenefitsPeriod> period = Arrays.stream(BenefitsPeriod.values())
                .filter(p -> p.name().equals(request.period()))
                .findFirst();
        BenefitsSchedule schedule = null;
        if (request.period() == null && startsOn != null) {
            violations.add(new Violation("periodStartsOn", "can be set only with a period"));
        } else if (period.isPresent()) {
            schedule = schedule(period.get(), startsOn, violations);
        }
        failIfAny(violations);
        return new Accepted(request.paymentsMayAffectBenefits(), request.limit(), schedule, request.notes());
    }

    public Check check(BenefitsCheckRequest request) {
        requireBody(request);
        List<Violation> violations = constraintViolations(request);
        BenefitsPayment proposed = payment("proposed", request.proposed(), violations);
        List<BenefitsPayment> earlier = new ArrayList<>();
        List<BenefitsCheckRequest.Payment> given = request.earlier() == null ? List.of() : request.earlier();
        if (given.size() <= 500) {
            for (int i = 0; i < given.size(); i++) {
                earlier.add(payment("earlier[" + i + "]", given.get(i), violations));
            }
        }
        failIfAny(violations);
        return new Check(proposed, earlier);
    }

    private static BenefitsSchedule schedule(BenefitsPeriod period, JsonNode startsOn, List<Violation> violations) {
        if (period == BenefitsPeriod.WEEK) {
            if (startsOn == null) {
                return BenefitsSchedule.weekly(BenefitsSchedule.DEFAULT_WEEK_START);
            }
            Optional<DayOfWeek> day = startsOn.isTextual()
                    ? Arrays.stream(DayOfWeek.values())
                            .filter(d -> d.name().equals(startsOn.textValue()))
                            .findFirst()
                    : Optional.empty();
            if (day.isEmpty()) {
                violations.add(
                        new Violation("periodStartsOn", "must be a day of the week such as MONDAY for a WEEK period"));
                return null;
            }
            return BenefitsSchedule.weekly(day.get());
        }
        if (startsOn == null) {
            return BenefitsSchedule.monthly(BenefitsSchedule.DEFAULT_MONTH_START);
        }
        if (!startsOn.isIntegralNumber()
                || !startsOn.canConvertToInt()
                || startsOn.intValue() < 1
                || startsOn.intValue() > 31) {
            violations.add(
                    new Violation("periodStartsOn", "must be a day of the month from 1 to 31 for a MONTH period"));
            return null;
        }
        return BenefitsSchedule.monthly(startsOn.intValue());
    }

    private static BenefitsPayment payment(String field, BenefitsCheckRequest.Payment given, List<Violation> found) {
        if (given == null) {
            found.add(new Violation(field, "is required: the amount and the day it is paid"));
            return null;
        }
        BenefitsLimitRules.amountProblem(given.amount()).ifPresent(m -> found.add(new Violation(field + ".amount", m)));
        if (given.on() == null) {
            found.add(new Violation(field + ".on", "is required: the day it was or will be paid"));
        }
        return new BenefitsPayment(given.amount(), given.on());
    }

    /** A JSON null is the same as leaving it out. */
    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static void requireBody(Object request) {
        if (request == null) {
            // A body of JSON null; an empty body never gets this far.
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body must be a JSON object.");
        }
    }

    private <T> List<Violation> constraintViolations(T bean) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(bean)) {
            violations.add(new Violation(JsonPaths.of(v), v.getMessage()));
        }
        return violations;
    }

    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                    .map(v -> new FieldError(v.field(), v.message()))
                    .toList());
        }
    }
}
