package org.coproduction.participants.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.participants.api.BenefitsLimitResponse;
import org.coproduction.participants.api.LookupRequest;
import org.coproduction.participants.api.LookupResponse;
import org.coproduction.participants.api.ParticipantRequest;
import org.coproduction.participants.api.ParticipantResponse;
import org.coproduction.participants.domain.AccessNeed;
import org.coproduction.participants.domain.AuditPart;
import org.coproduction.participants.domain.ContactChannel;
import org.coproduction.participants.domain.EmailChange;
import org.coproduction.participants.domain.Participant;
import org.coproduction.participants.domain.ParticipantStatus;
import org.coproduction.participants.domain.PauseRules;
import org.coproduction.participants.domain.PortalVisits;
import org.coproduction.participants.domain.SupportRequests;
import org.coproduction.participants.domain.Violation;
import org.coproduction.platform.json.JsonProblems;
import org.coproduction.platform.json.MergePatch;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.NotAllowedException;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.problem.StaleVersionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Registers, changes, finds and erases participants. Owns the transactions and the rules. */
@ApplicationScoped
public class ParticipantService {

    /** The fields that {@code ?q=} searches, each with a trigram index on its folded form. */
    private static final List<String> SEARCHED_FIELDS = List.of("name", "preferredName", "organisation");

    private final ParticipantValidator validator;
    private final ObjectMapper objectMapper;
    private final ConsentService consent;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final EmailChanges emailChanges;
    private final ErasureOutbox outbox;
    private final MentorPairingOutbox pairings;
    private final BenefitsService benefits;

    public ParticipantService(
            ParticipantValidator validator,
            ObjectMapper objectMapper,
            ConsentService consent,
            AuditLog audit,
            CurrentActor actor,
            EmailChanges emailChanges,
            ErasureOutbox outbox,
            MentorPairingOutbox pairings,
            BenefitsService benefits) {
        this.validator = validator;
        this.objectMapper = objectMapper;
        this.consent = consent;
        this.audit = audit;
        this.actor = actor;
        this.emailChanges = emailChanges;
        this.outbox = outbox;
        this.pairings = pairings;
        this.benefits = benefits;
    }

    @Transactional
    public ParticipantResponse register(ParticipantRequest request) {
        List<Violation> found = new ArrayList<>(ConsentService.checkAbsent(request.consent()));
        found.addAll(checkPause(request, null, null, true));
        validator.check(request, null, found);
        if (request.email() != null) {
            ensureEmailFree(request.email(), null);
        }
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        ParticipantMapper.copyInto(request, p);
        p.createdAt = now();
        p.updatedAt = p.createdAt;
        noteSupportRequests(p, false, false, p.createdAt);
        consent.applyGiven(p, p.createdAt);
        p.persist();
        consent.recordGiven(p);
        flush(false);
        tellNewPairing(p, null);
        audit.changed(p.id, AuditPart.RECORD_PARTS, actor.get());
        return ParticipantMapper.toResponse(p);
    }

    /**
     * The busiest call, so it is one statement and no transaction: the record and any pending email change are read
     * together (a transaction would add its BEGIN and COMMIT round trips, and a second query one more), and the audit
     * entry is queued, not written here.
     */
    public ParticipantResponse get(UUID id, Caller caller) {
        caller.ensureMayAccess(id);
        Object[] found = Participant.getEntityManager()
                .createQuery(
                        "select p, c from Participant p left join EmailChange c on c.participantId = p.id"
                                + " where p.id = :id",
                        Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ParticipantNotFoundException(id));
        audit.read(List.of(id), actor.get());
        return ParticipantMapper.toResponse(
                (Participant) found[0], EmailChanges.pendingAddress((EmailChange) found[1], Instant.now()));
    }

    @Transactional
    public Changed replace(UUID id, ParticipantRequest request, Optional<Long> ifMatch, Caller caller) {
        caller.ensureMayAccess(id);
        Participant p = find(id);
        checkVersion(p, ifMatch);
        return update(p, request, ifMatch, caller);
    }

    @Transactional
    public Changed patch(UUID id, JsonNode mergePatch, Optional<Long> ifMatch, Caller caller) {
        caller.ensureMayAccess(id);
        Participant p = find(id);
        checkVersion(p, ifMatch);
        JsonNode current = objectMapper.valueToTree(ParticipantMapper.toRequest(p));
        ParticipantRequest merged;
        try {
            merged = objectMapper.treeToValue(MergePatch.apply(current, mergePatch), ParticipantRequest.class);
        } catch (JsonProcessingException e) {
            // The patched record is read as strictly as a whole body would be, and refused in the same words.
            throw JsonProblems.of(e);
        }
        return update(p, merged, ifMatch, caller);
    }

    /**
     * Erasure, in one transaction: the row goes (with its consent history and any pending email change), anyone they
     * mentored is left without a mentor, the audit keeps a pseudonym instead of the id, a tombstone refuses their old
     * tokens, and the outbox carries the erasure to sessions- and notifications-service ({@link ErasureWorker}).
     */
    @Transactional
    public void erase(UUID id) {
        if (!Participant.deleteById(id)) {
            throw new ParticipantNotFoundException(id);
        }
        Participant.flush();
        audit.pseudonymise(id);
        outbox.add(id, now());
    }

    /** A participant confirms their new email address with the token from the link sent to it. */
    @Transactional
    public ParticipantResponse confirmEmail(UUID id, String token, Caller caller) {
        caller.ensureMayAccess(id);
        Participant p = find(id);
        String address = emailChanges.take(id, token, now());
        // Only now, to the person holding a valid token for this address, may a clash be told: it leaks nothing new.
        ensureEmailFree(address, id);
        p.email = address;
        p.updatedAt = now();
        flush(false);
        audit.changed(id, AuditPart.CONTACT_DETAILS, actor.get());
        return ParticipantMapper.toResponse(p);
    }

    /**
     * The person started a visit to the portal: one UPDATE of the day, outside the entity, so the record's version
     * (its ETag) stays and no audit entry is written: a visit is not an edit.
     */
    @Transactional
    public void recordPortalVisit(UUID id, Caller caller) {
        caller.ensureMayAccess(id);
        int updated = Participant.getEntityManager()
                .createNativeQuery("UPDATE participant SET last_portal_visit_at = ?1 WHERE id = ?2")
                .setParameter(1, PortalVisits.day(Instant.now()))
                .setParameter(2, id)
                .executeUpdate();
        if (updated == 0) {
            throw new ParticipantNotFoundException(id);
        }
    }

    /** Everything this service holds on the person, for their export. */
    @Transactional
    public LocalExport export(UUID id, Caller caller) {
        caller.ensureMayAccess(id);
        Participant p = find(id);
        audit.read(List.of(id), actor.get());
        BenefitsLimitResponse benefitsLimit = benefits.export(id);
        audit.flush();
        return new LocalExport(
                ParticipantMapper.toResponse(p, emailChanges.pendingAddress(id)),
                consent.history(id),
                audit.all(id),
                benefitsLimit);
    }

    @Transactional
    public Page<ParticipantResponse> list(ParticipantFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        filter.role().ifPresent(role -> {
            where.add("role = :role");
            params.and("role", role);
        });
        filter.status().ifPresent(status -> {
            // As the records read today: a pause whose end date has come (in the person's zone) lists as ACTIVE.
            String pauseOver = "pausedUntil <= cast(participant_today(timeZone) as LocalDate)";
            switch (status) {
                case ACTIVE -> where.add("(status = :status or (status = :paused and " + pauseOver + "))");
                case PAUSED -> where.add("(status = :status and (pausedUntil is null or not " + pauseOver + "))");
                case WITHDRAWN -> where.add("status = :status");
            }
            params.and("status", status);
            if (status == ParticipantStatus.ACTIVE) {
                params.and("paused", ParticipantStatus.PAUSED);
            }
        });
        filter.offersMentoring().ifPresent(offers -> {
            where.add("offersMentoring = :offersMentoring");
            params.and("offersMentoring", offers);
        });
        filter.mentorId().ifPresent(mentor -> {
            where.add("mentorId = :mentorId");
            params.and("mentorId", mentor);
        });
        List<AccessNeed> needs = filter.needs();
        for (int i = 0; i < needs.size(); i++) {
            where.add("array_contains(accessNeeds, :need" + i + ")");
            params.and("need" + i, needs.get(i).name());
        }
        filter.text().filter(t -> !t.isBlank()).ifPresent(text -> {
            // Accents and case are ignored and LIKE wildcards in the text are literal; both SQL functions come
            // from migration V2 and fold text the same way, so the trigram indexes on the folded columns apply.
            // The casts only tell Hibernate the functions return text (PostgreSQL still matches the indexes).
            where.add("("
                    + SEARCHED_FIELDS.stream()
                            .map(field -> "cast(participant_search_fold(" + field + ") as String)"
                                    + " like cast(participant_search_pattern(:text) as String) escape '\\'")
                            .collect(Collectors.joining(" or "))
                    + ")");
            params.and("text", text.strip());
        });
        filter.email().filter(e -> !e.isBlank()).ifPresent(email -> {
            // Exact, ignoring case: the same lower(email) the unique index holds, so the index answers it.
            where.add("lower(email) = :email");
            params.and("email", email.strip().toLowerCase(Locale.ROOT));
        });
        String query = String.join(" and ", where);
        Sort sort = Sort.by("name").and("id");
        PanacheQuery<Participant> found =
                where.isEmpty() ? Participant.findAll(sort) : Participant.find(query, sort, params);
        List<ParticipantResponse> items = found.range(page.offset(), page.last()).list().stream()
                .map(ParticipantMapper::toResponse)
                .toList();
        audit.read(items.stream().map(ParticipantResponse::id).toList(), actor.get());
        return Page.of(items, page, total(found, items.size(), page));
    }

    /**
     * A page that came back short is the last one, so its items give the total; only a full (or empty) page asks the
     * database to count.
     */
    private static long total(PanacheQuery<Participant> found, int items, PageRequest page) {
        return items > 0 && items < page.size() ? page.offset() + (long) items : found.count();
    }

    /** One query and no transaction (nothing is written here: the audit entries are queued). */
    public LookupResponse lookup(LookupRequest request) {
        List<UUID> ids = validator.checkLookup(request);
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(ids));
        Map<UUID, Participant> found = Participant.<Participant>list("id in ?1", wanted).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<ParticipantResponse> items = wanted.stream()
                .map(found::get)
                .filter(Objects::nonNull)
                .map(ParticipantMapper::toResponse)
                .toList();
        List<UUID> missing =
                wanted.stream().filter(id -> !found.containsKey(id)).toList();
        audit.read(items.stream().map(ParticipantResponse::id).toList(), actor.get());
        return new LookupResponse(items, missing);
    }

    private Changed update(Participant p, ParticipantRequest request, Optional<Long> ifMatch, Caller caller) {
        // A pause whose end date has come is an ACTIVE record: store it so before comparing anything with it.
        if (PauseRules.effectiveStatus(p.status, p.pausedUntil, ParticipantMapper.today(p)) != p.status) {
            p.status = ParticipantStatus.ACTIVE;
            p.pausedUntil = null;
        }
        if (!caller.coordinator()) {
            // Before any other check, so that naming a mentor tells a participant nothing about the id they named.
            ensureOwnRoleStatusAndMentorKept(p, request);
        }
        String oldEmail = p.email;
        // A participant's own new address waits for its link; removing theirs (for post or phone) needs none.
        boolean ownNewEmail =
                !caller.coordinator() && request.email() != null && !sameAddress(oldEmail, request.email());
        List<Violation> found = new ArrayList<>(ConsentService.checkUnchanged(request.consent(), p));
        found.addAll(checkPause(request, p.status, p.pausedUntil, caller.coordinator()));
        if (ownNewEmail && oldEmail == null && choosesEmail(request)) {
            // The record would say EMAIL with no address until the link is followed: one step at a time.
            found.add(new Violation(
                    "communication.channel",
                    "can be EMAIL once your new email address is confirmed: save the address, follow the link sent"
                            + " to it, then choose EMAIL"));
        }
        validator.check(request, p.id, found);
        if (!ownNewEmail && request.email() != null) {
            ensureEmailFree(request.email(), p.id);
        }
        String accessBefore = ParticipantParts.accessNeeds(p);
        String moneyBefore = ParticipantParts.financialSupport(p);
        String contactBefore = ParticipantParts.contactDetails(p);
        boolean askedForTraining = p.trainingInterests.length > 0;
        boolean askedForMentor = p.wantsMentor;
        UUID mentorBefore = p.mentorId;
        ParticipantMapper.copyInto(request, p);
        ConsentService.checkWithdrawnPartsEmpty(p);
        Optional<EmailConfirmation> confirmation = Optional.empty();
        if (ownNewEmail) {
            // The new address waits for its owner to follow the link; the answer is the same whether it is taken.
            p.email = oldEmail;
            confirmation = Optional.of(emailChanges.start(p, request.email().strip(), now()));
        }
        p.updatedAt = now();
        noteSupportRequests(p, askedForTraining, askedForMentor, p.updatedAt);
        flush(ifMatch.isPresent());
        tellNewPairing(p, mentorBefore);
        List<AuditPart> changedParts = new ArrayList<>();
        if (!accessBefore.equals(ParticipantParts.accessNeeds(p))) {
            changedParts.add(AuditPart.ACCESS_NEEDS);
        }
        if (!moneyBefore.equals(ParticipantParts.financialSupport(p))) {
            changedParts.add(AuditPart.FINANCIAL_SUPPORT);
        }
        if (!contactBefore.equals(ParticipantParts.contactDetails(p))) {
            changedParts.add(AuditPart.CONTACT_DETAILS);
        }
        audit.changed(p.id, changedParts, actor.get());
        return new Changed(ParticipantMapper.toResponse(p, emailChanges.pendingAddress(p.id)), confirmation);
    }

    /**
     * A newly named mentor is a pairing a coordinator confirmed (only they can name one): both people are told, by a
     * notice queued in this transaction. The same mentor saved again is no news.
     */
    private void tellNewPairing(Participant p, UUID mentorBefore) {
        if (p.mentorId != null && !p.mentorId.equals(mentorBefore)) {
            pairings.add(p.id, p.mentorId, p.updatedAt);
        }
    }

    /** When the standing requests for training and a mentor started, from what they were before this write. */
    private static void noteSupportRequests(
            Participant p, boolean askedForTraining, boolean askedForMentor, Instant now) {
        p.trainingAskedAt =
                SupportRequests.askedAt(askedForTraining, p.trainingInterests.length > 0, p.trainingAskedAt, now);
        p.mentorAskedAt = SupportRequests.askedAt(askedForMentor, p.wantsMentor, p.mentorAskedAt, now);
    }

    private static boolean sameAddress(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    /** Whether the record will say EMAIL (the default when the channel is left out). */
    private static boolean choosesEmail(ParticipantRequest request) {
        return request.communication() == null
                || request.communication().channel() == null
                || ContactChannel.EMAIL.name().equals(request.communication().channel());
    }

    /**
     * The pause's end date, as the record will hold it (see {@link ParticipantMapper#copyInto}): after today and at
     * most a year ahead when it is new, and required when a participant pauses themself. A date sent back unchanged
     * is not checked again (it is after today, or the record would read ACTIVE).
     *
     * @param from the status now (null when registering); a pause that has ended is already ACTIVE here
     */
    private static List<Violation> checkPause(
            ParticipantRequest request, ParticipantStatus from, LocalDate fromUntil, boolean coordinator) {
        ParticipantStatus to;
        LocalDate until;
        if (request.status() != null) {
            Optional<ParticipantStatus> named = statusNamed(request.status());
            if (named.isEmpty()) {
                return List.of(); // Bean Validation reports it
            }
            to = named.get();
            until = request.pausedUntil();
        } else {
            to = from == null ? ParticipantStatus.ACTIVE : from;
            until = request.pausedUntil() != null ? request.pausedUntil() : fromUntil;
        }
        if (to != ParticipantStatus.PAUSED) {
            return List.of();
        }
        if (until == null) {
            boolean keepsOpenPause = from == ParticipantStatus.PAUSED && fromUntil == null;
            return coordinator || keepsOpenPause
                    ? List.of()
                    : List.of(new Violation("pausedUntil", "is required to pause: the day the pause ends"));
        }
        if (from == ParticipantStatus.PAUSED && until.equals(fromUntil)) {
            return List.of();
        }
        return PauseRules.checkPausedUntil(until, ParticipantMapper.today(request.timeZone()))
                .map(m -> List.of(new Violation("pausedUntil", m)))
                .orElse(List.of());
    }

    private static Optional<ParticipantStatus> statusNamed(String name) {
        return Arrays.stream(ParticipantStatus.values())
                .filter(s -> s.name().equals(name))
                .findFirst();
    }

    private static void ensureOwnRoleStatusAndMentorKept(Participant p, ParticipantRequest request) {
        boolean roleChanged = !p.role.name().equals(request.role());
        // A participant may pause themself, end their own pause, or withdraw (PauseRules); nothing else.
        boolean statusChanged = request.status() != null
                && !statusNamed(request.status())
                        .map(to -> PauseRules.participantMayChange(p.status, to))
                        .orElse(false);
        if (roleChanged || statusChanged) {
            throw new NotAllowedException("Only a coordinator can change a participant's role or status.");
        }
        UUID mentorId = request.support() == null ? null : request.support().mentorId();
        if (!Objects.equals(mentorId, p.mentorId)) {
            throw new NotAllowedException(
                    "Only a coordinator can name a participant's mentor; set support.wantsMentor to ask for one.");
        }
    }

    private static void checkVersion(Participant p, Optional<Long> ifMatch) {
        if (ifMatch.isPresent() && ifMatch.get() != p.version) {
            throw new StaleVersionException(p.version);
        }
    }

    private static void ensureEmailFree(String email, UUID ownId) {
        long taken = ownId == null
                ? Participant.count("lower(email) = ?1", email.strip().toLowerCase())
                : Participant.count(
                        "lower(email) = ?1 and id <> ?2", email.strip().toLowerCase(), ownId);
        if (taken > 0) {
            throw new EmailAlreadyRegisteredException();
        }
    }

    /**
     * Flushes inside the transaction so conflicts surface as our own exceptions, not at commit. A clash found by
     * optimistic locking is a failed precondition when the caller sent If-Match (the version they named went stale
     * while we wrote); without If-Match it is left to the platform, which answers 409.
     */
    private static void flush(boolean ifMatchGiven) {
        try {
            Participant.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (ifMatchGiven && (t instanceof OptimisticLockException || t instanceof StaleStateException)) {
                    throw new ProblemException(
                            ProblemType.PRECONDITION_FAILED,
                            "Someone else changed this record at the same moment; read it again and retry.");
                }
                if (t instanceof ConstraintViolationException c
                        && "participant_email_unique".equals(c.getConstraintName())) {
                    // Two registrations with one email racing past the check above: the unique index decides.
                    throw new EmailAlreadyRegisteredException();
                }
            }
            throw e;
        }
    }

    private static Participant find(UUID id) {
        return Participant.<Participant>findByIdOptional(id).orElseThrow(() -> new ParticipantNotFoundException(id));
    }

    private static Instant now() {
        // Microseconds: what PostgreSQL keeps, so the answer equals what a later read returns.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
