package org.coproduction.participants.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coproduction.participants.api.ConsentDto;
import org.coproduction.participants.api.ConsentEventDto;
import org.coproduction.participants.api.ConsentWithdrawal;
import org.coproduction.participants.api.ParticipantResponse;
import org.coproduction.participants.config.ConsentConfig;
import org.coproduction.participants.domain.AuditPart;
import org.coproduction.participants.domain.ConsentAction;
import org.coproduction.participants.domain.ConsentEvent;
import org.coproduction.participants.domain.ConsentPart;
import org.coproduction.participants.domain.Participant;
import org.coproduction.participants.domain.Violation;
import org.coproduction.platform.problem.InvalidInputException;

/**
 * Consent as the service records it: the time from its own clock, the version from configuration. A person may
 * withdraw consent to holding their access needs or financial support (those parts are cleared), and give it again;
 * every event is kept (and exported) until the person is erased.
 */
@ApplicationScoped
public class ConsentService {

    private final ConsentConfig config;
    private final AuditLog audit;
    private final CurrentActor actor;

    public ConsentService(ConsentConfig config, AuditLog audit, CurrentActor actor) {
        this.config = config;
        this.audit = audit;
        this.actor = actor;
    }

    /** Consent to everything, now, to the current notice; withdrawn parts may be held again. */
    void applyGiven(Participant p, Instant now) {
        p.consentGivenAt = now;
        p.consentVersion = config.version();
        p.accessNeedsWithdrawn = false;
        p.financialSupportWithdrawn = false;
    }

    /** The history's entry for {@link #applyGiven}, once the participant's row exists. */
    void recordGiven(Participant p) {
        record(p.id, ConsentAction.GIVEN, ConsentPart.ALL, p.consentGivenAt);
    }

    @Transactional
    public ParticipantResponse give(UUID id, Caller caller) {
        caller.ensureMayAccess(id);
        Participant p = find(id);
        Instant now = now();
        applyGiven(p, now);
        recordGiven(p);
        p.updatedAt = now;
        Participant.flush();
        return ParticipantMapper.toResponse(p);
    }

    @Transactional
    public ParticipantResponse withdraw(UUID id, ConsentWithdrawal withdrawal, Caller caller) {
        caller.ensureMayAccess(id);
        ConsentPart part = checkWithdrawal(withdrawal);
        Participant p = find(id);
        Instant now = now();
        if (part == ConsentPart.ACCESS_NEEDS) {
            ParticipantMapper.clearAccessNeeds(p);
            p.accessNeedsWithdrawn = true;
            audit.changed(id, AuditPart.ACCESS_NEEDS, actor.get());
        } else {
            ParticipantMapper.clearFinancialSupport(p);
            p.financialSupportWithdrawn = true;
            audit.changed(id, AuditPart.FINANCIAL_SUPPORT, actor.get());
        }
        record(id, ConsentAction.WITHDRAWN, part, now);
        p.updatedAt = now;
        Participant.flush();
        return ParticipantMapper.toResponse(p);
    }

    @Transactional
    public List<ConsentEventDto> history(UUID id, Caller caller) {
        caller.ensureMayAccess(id);
        find(id);
        return history(id);
    }

    /** Every consent event of the person, oldest first. */
    List<ConsentEventDto> history(UUID id) {
        return ConsentEvent.<ConsentEvent>list(
                        "participantId", Sort.ascending("recordedAt").and("id"), id)
                .stream()
                .map(e -> new ConsentEventDto(e.action.name(), e.part.name(), e.version, e.recordedAt))
                .toList();
    }

    /** A request may leave consent out or send back exactly what it read; any other value is refused. */
    static List<Violation> checkUnchanged(ConsentDto sent, Participant p) {
        if (sent == null) {
            return List.of();
        }
        ConsentDto stored = ParticipantMapper.consent(p);
        boolean same = Objects.equals(sent.givenAt(), stored.givenAt())
                && Objects.equals(sent.version(), stored.version())
                && Objects.equals(sent.withdrawn() == null ? null : List.copyOf(sent.withdrawn()), stored.withdrawn());
        if (same) {
            return List.of();
        }
        return List.of(new Violation(
                "consent",
                "is recorded by the service and cannot be written; leave it out or send back what you read"
                        + " (to give consent again: POST /participants/{id}/consent)"));
    }

    /** At registration the service records consent itself: a request may not carry it. */
    static List<Violation> checkAbsent(ConsentDto sent) {
        return sent == null
                ? List.of()
                : List.of(new Violation(
                        "consent",
                        "is recorded by the service when the participant is registered (its own time and the"
                                + " current privacy notice); leave it out"));
    }

    /** While consent to a part is withdrawn, that part stays empty. */
    static void checkWithdrawnPartsEmpty(Participant p) {
        Participant empty = new Participant();
        ParticipantMapper.clearAccessNeeds(empty);
        ParticipantMapper.clearFinancialSupport(empty);
        if (p.accessNeedsWithdrawn && !ParticipantParts.accessNeeds(p).equals(ParticipantParts.accessNeeds(empty))) {
            throw InvalidInputException.of(
                    "accessNeeds",
                    "cannot be recorded: consent to hold access needs was withdrawn (give consent again first)");
        }
        if (p.financialSupportWithdrawn
                && !ParticipantParts.financialSupport(p).equals(ParticipantParts.financialSupport(empty))) {
            throw InvalidInputException.of(
                    "financialSupport",
                    "cannot be recorded: consent to hold financial support was withdrawn (give consent again first)");
        }
    }

    private static ConsentPart checkWithdrawal(ConsentWithdrawal withdrawal) {
        if (withdrawal == null
                || withdrawal.part() == null
                || !List.of("ACCESS_NEEDS", "FINANCIAL_SUPPORT").contains(withdrawal.part())) {
            throw InvalidInputException.of("part", "must be one of ACCESS_NEEDS, FINANCIAL_SUPPORT");
        }
        return ConsentPart.valueOf(withdrawal.part());
    }

    private void record(UUID participantId, ConsentAction action, ConsentPart part, Instant at) {
        ConsentEvent e = new ConsentEvent();
        e.id = UUID.randomUUID();
        e.participantId = participantId;
        e.action = action;
        e.part = part;
        e.version = config.version();
        e.recordedAt = at;
        e.persist();
    }

    private static Participant find(UUID id) {
        return Participant.<Participant>findByIdOptional(id).orElseThrow(() -> new ParticipantNotFoundException(id));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
