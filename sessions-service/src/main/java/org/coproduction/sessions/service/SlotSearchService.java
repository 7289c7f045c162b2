package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.sessions.api.ConflictDto;
import org.coproduction.sessions.api.PersonSlotSummaryDto;
import org.coproduction.sessions.api.SlotDto;
import org.coproduction.sessions.api.SlotSearchRequest;
import org.coproduction.sessions.api.SlotSearchResponse;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.config.SlotSearchConfig;
import org.coproduction.sessions.domain.slots.PersonCalendar;
import org.coproduction.sessions.domain.slots.SlotFinder;
import org.coproduction.sessions.domain.slots.SlotQuery;
import org.coproduction.sessions.domain.slots.SlotSearchResult;

/**
 * Slot search: one batched lookup of everyone in participants-service, two set queries here for their
 * sessions and fairness counts, then the plain {@link SlotFinder}.
 */
@ApplicationScoped
public class SlotSearchService {
    static final int MAX_PEOPLE = 1000;
    private final RequestValidator validator;
    private final ParticipantsClient participants;
    private final PersonCalendars calendars;
    private final SlotSearchConfig config;
    private final SlotFinder finder = new SlotFinder();
    private final SlotSearchTimer timer;

    public SlotSearchService(
            RequestValidator validator,
            ParticipantsClient participants,
            PersonCalendars calendars,
            SlotSearchConfig config,
            SlotSearchTimer timer) {
        this.validator = validator;
        this.participants = participants;
        this.calendars = calendars;
        this.config = config;
        this.timer = timer;
    }

    public SlotSearchResponse search(SlotSearchRequest r) {
        validator.check(r, errors -> checkRange(errors, r));
        Set<UUID> everyone = new LinkedHashSet<>(r.participantIds());
        if (r.requiredParticipantIds() != null) {
            everyone.addAll(r.requiredParticipantIds());
        }
        if (everyone.size() > MAX_PEOPLE) {
            // participants-service answers at most 1000 people per lookup, and we ask once.
            throw InvalidInputException.of(
                    "requiredParticipantIds", "together with participantIds names more than " + MAX_PEOPLE + " people");
        }
        int minAttendees = r.minAttendees() == null ? 1 : r.minAttendees();
        if (minAttendees > everyone.size()) {
            throw InvalidInputException.of("minAttendees", "is more than the " + everyone.size() + " people asked");
        }
        // Timed once the request is known to be good: the lookup, the two queries and the search itself.
        return timer.time(everyone.size(), () -> {
            ParticipantDirectory directory = participants.lookup(everyone);
            ProjectService.requireKnown(directory);
            Instant now = Instant.now();
            List<ParticipantView> people = new ArrayList<>();
            everyone.forEach(id -> people.add(directory.found().get(id)));
            List<PersonCalendar> calendarList = calendars.build(
                    people, r.from(), r.to(), null, now.minus(Duration.ofDays(config.fairnessLookbackDays())), now);
            return view(finder.find(query(r, minAttendees, now), calendarList));
        });
    }

    static SlotQuery query(SlotSearchRequest r, int minAttendees, Instant now) {
        return new SlotQuery(
                r.from(),
                r.to(),
                Duration.ofMinutes(r.durationMinutes()),
                Duration.ofMinutes(r.stepMinutes() == null ? 30 : r.stepMinutes()),
                r.requiredParticipantIds() == null ? Set.of() : Set.copyOf(r.requiredParticipantIds()),
                minAttendees,
                r.limit() == null ? 10 : r.limit(),
                now);
    }

    private void checkRange(List<FieldError> errors, SlotSearchRequest r) {
        if (r.from() == null
                || r.to() == null
                || RequestValidator.has(errors, "durationMinutes")
                || r.durationMinutes() == null
                || RequestValidator.has(errors, "stepMinutes")) {
            return;
        }
        if (!r.to().isAfter(r.from())) {
            errors.add(new FieldError("to", "must be after from"));
            return;
        }
        Duration range = Duration.between(r.from(), r.to());
        if (range.compareTo(Duration.ofDays(config.maxRangeDays())) > 0) {
            errors.add(new FieldError("to", "a search may cover at most " + config.maxRangeDays() + " days"));
        } else if (range.compareTo(Duration.ofMinutes(r.durationMinutes())) < 0) {
            errors.add(new FieldError("durationMinutes", "is longer than the range from..to"));
        } else {
            long step = r.stepMinutes() == null ? 30 : r.stepMinutes();
            if (range.toMinutes() / step > config.maxCandidateSlots()) {
                errors.add(new FieldError(
                        "stepMinutes",
                        "gives more than " + config.maxCandidateSlots()
                                + " candidate times; use a larger step or a shorter range"));
            }
        }
    }

    private static SlotSearchResponse view(SlotSearchResult result) {
        List<SlotDto> slots = result.slots().stream()
                .map(s -> new SlotDto(
                        s.start(),
                        s.end(),
                        s.available(),
                        s.unavailable().stream()
                                .map(u -> new ConflictDto(u.participantId(), u.reason()))
                                .toList(),
                        s.allRequiredFree(),
                        s.missingRequired()))
                .toList();
        List<PersonSlotSummaryDto> people = result.people().stream()
                .map(p -> new PersonSlotSummaryDto(p.participantId(), p.freeSlots(), p.reasons()))
                .toList();
        return new SlotSearchResponse(slots, result.candidateSlots(), people);
    }
}
