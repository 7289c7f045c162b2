package org.coproduction.participants.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.coproduction.participants.config.ParticipantsConfig;
import org.coproduction.participants.domain.AccessNeed;
import org.coproduction.participants.domain.ParticipantRole;
import org.coproduction.participants.domain.ParticipantStatus;
import org.coproduction.participants.domain.Violation;
import org.coproduction.participants.api.LookupRequest;
import org.coproduction.participants.service.InvalidParticipantException;
import org.coproduction.participants.service.ParticipantFilter;
import org.coproduction.participants.service.ParticipantValidator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads query parameters and small request bodies, reporting every bad one in a single 400. */
@ApplicationScoped
public class ParticipantQueryParams {

    public record Query(ParticipantFilter filter, int page, int size) {
    }

    private final ParticipantsConfig config;
    private final Validator validator;

    public ParticipantQueryParams(ParticipantsConfig config, Validator validator) {
        this.config = config;
        this.validator = validator;
    }

    public Query parse(String role, String status, List<String> needs, String text, Integer page, Integer size) {
        List<Violation> errors = new ArrayList<>();
        Optional<ParticipantRole> parsedRole = parseEnum(ParticipantRole.class, "role", role, errors);
        Optional<ParticipantStatus> parsedStatus = parseEnum(ParticipantStatus.class, "status", status, errors);
        List<AccessNeed> parsedNeeds = new ArrayList<>();
        for (String need : needs == null ? List.<String>of() : needs) {
            parseEnum(AccessNeed.class, "need", need, errors).ifPresent(parsedNeeds::add);
        }
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? config.paging().defaultSize() : size;
        if (pageNumber < 0) {
            errors.add(new Violation("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > config.paging().maxSize()) {
            errors.add(new Violation("size", "must be between 1 and " + config.paging().maxSize()));
        }
        if (text != null && text.length() > 200) {
            errors.add(new Violation("q", "must be at most 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParticipantException(errors);
        }
        return new Query(new ParticipantFilter(parsedRole, parsedStatus, parsedNeeds, Optional.ofNullable(text)), pageNumber, pageSize);
    }

    public List<UUID> checkLookup(LookupRequest request) {
        if (request == null) {
            throw new InvalidParticipantException(List.of(new Violation("ids", "must list 1 to 1000 participant ids")));
        }
        List<Violation> errors = new ArrayList<>();
        for (ConstraintViolation<LookupRequest> v : validator.validate(request)) {
            errors.add(new Violation(ParticipantValidator.jsonPath(v.getPropertyPath()), v.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParticipantException(errors);
        }
        return request.ids();
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String name, String value, List<Violation> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(new Violation(name, "'" + value + "' is not one of " + allowed));
            return Optional.empty();
        }
    }
}
