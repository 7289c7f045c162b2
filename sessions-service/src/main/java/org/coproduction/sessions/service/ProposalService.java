package org.coproduction.sessions.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.sessions.api.CreateProposalRequest;
import org.coproduction.sessions.api.ObjectionResponseRequest;
import org.coproduction.sessions.api.ProposalAnswerRequest;
import org.coproduction.sessions.api.ProposalDto;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.proposals.ObjectionRules;
import org.coproduction.sessions.domain.proposals.Proposal;
import org.coproduction.sessions.domain.proposals.ProposalAnswer;
import org.coproduction.sessions.domain.proposals.ProposalAnswerChoice;
import org.coproduction.sessions.domain.proposals.ProposalOutcomeRules;
import org.coproduction.sessions.domain.proposals.ProposalStatus;
import org.jboss.logging.Logger;

/**
 * Proposals and shared decisions: members answer until the proposal closes, at its closing time (the job, or the
 * first read after it) or as soon as every member has answered and no objection stands. The outcome is recorded
 * once, under the proposal row's lock, so two instances (or a job and a read) never record it twice.
 */
@ApplicationScoped
public class ProposalService {
    private static final Logger LOG = Logger.getLogger(ProposalService.class);
    static final String CLOSED = "This proposal is closed: answers and objections can no longer change.";

    private final EntityManager em;
    private final RequestValidator validator;
    private final CurrentCaller caller;
    private final ParticipantsClient participants;

    public ProposalService(
            EntityManager em, RequestValidator validator, CurrentCaller caller, ParticipantsClient participants) {
        this.em = em;
        this.validator = validator;
        this.caller = caller;
        this.participants = participants;
    }

    @Transactional
    public ProposalDto create(UUID projectId, CreateProposalRequest r) {
        Project project = ProjectService.find(projectId);
        requireMemberOrCoordinator(project);
        Instant now = now();
        validator.check(r, errors -> {
            if (r.closesAt() != null && !RequestValidator.has(errors, "closesAt")) {
                if (!r.closesAt().isAfter(now)) {
                    errors.add(new FieldError("closesAt", "must be in the future"));
                } else if (r.closesAt()
                        .isAfter(now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant())) {
                    errors.add(new FieldError("closesAt", "must be at most a year ahead"));
                }
            }
        });
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.projectId = project.id;
        p.title = r.title().strip();
        p.text = r.text().strip();
        p.proposedBy = caller.participantId();
        p.createdAt = now;
        p.closesAt = r.closesAt().truncatedTo(ChronoUnit.MICROS);
        p.persist();
        em.flush();
        return view(p, List.of(), project.members.size());
    }

    /** Reading a proposal past its closing time closes it first, so nobody sees it OPEN when it is not. */
    @Transactional
    public ProposalDto get(UUID id) {
        Proposal p = find(id, LockModeType.NONE);
        Project project = ProjectService.find(p.projectId);
        requireMemberOrCoordinator(project);
        if (due(p, Instant.now())) {
            // Read again under the lock: the job or another reader may have closed it meanwhile.
            em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
            closeIfDue(p, project);
        }
        return view(p, answers(p.id), project.members.size());
    }

    @Transactional
    public Page<ProposalDto> list(UUID projectId, ProposalStatus status, PageRequest paging) {
        Project project = ProjectService.find(projectId);
        requireMemberOrCoordinator(project);
        // Those past their closing time close before the list is read (waiting for the job if it holds one).
        for (Proposal due : em.createQuery(
                        "select p from Proposal p where p.projectId = :project and p.status = :open "
                                + "and p.closesAt <= :now order by p.closesAt",
                        Proposal.class)
                .setParameter("project", projectId)
                .setParameter("open", ProposalStatus.OPEN)
                .setParameter("now", Instant.now())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            closeIfDue(due, project);
        }
        String where = "projectId = ?1" + (status == null ? "" : " and status = ?2");
        var query = status == null
                ? Proposal.<Proposal>find(where + " order by createdAt desc, id", projectId)
                : Proposal.<Proposal>find(where + " order by createdAt desc, id", projectId, status);
        long total = query.count();
        List<Proposal> page = query.range(paging.offset(), paging.last()).list();
        Map<UUID, List<ProposalAnswer>> answers = new HashMap<>();
        if (!page.isEmpty()) {
            ProposalAnswer.<ProposalAnswer>list(
                            "proposalId in ?1 order by answeredAt, id",
                            page.stream().map(p -> p.id).toList())
                    .forEach(a -> answers.computeIfAbsent(a.proposalId, k -> new java.util.ArrayList<>())
                            .add(a));
        }
        int members = project.members.size();
        return Page.of(
                page.stream()
                        .map(p -> view(p, answers.getOrDefault(p.id, List.of()), members))
                        .toList(),
                paging,
                total);
    }

    /**
     * A member answers (or a coordinator for them). Their role is asked of participants-service first, outside any
     * transaction: when it is down the caller gets a 503 and nothing is recorded.
     */
    public ProposalDto answer(UUID id, UUID participantId, ProposalAnswerRequest r) {
        boolean forThemself = participantId.equals(caller.participantId());
        if (caller.isParticipantOnly() && !forThemself) {
            throw new ForbiddenException();
        }
        validator.check(r);
        boolean participantOnly = caller.isParticipantOnly();
        // Refusals that need no one else come before the call to participants-service.
        QuarkusTransaction.requiringNew().run(() -> requireAnswerable(id, participantId, participantOnly));
        ParticipantView person =
                participants.lookup(List.of(participantId)).found().get(participantId);
        String role = person == null ? null : person.role();
        return QuarkusTransaction.requiringNew()
                .call(() -> record(id, participantId, r, role, !forThemself, participantOnly));
    }

    private void requireAnswerable(UUID id, UUID participantId, boolean participantOnly) {
        Proposal p = find(id, LockModeType.NONE);
        Project project = ProjectService.find(p.projectId);
        requireMember(project, participantId, participantOnly);
        if (p.status == ProposalStatus.CLOSED || due(p, Instant.now())) {
            throw new StateConflictException(CLOSED);
        }
    }

    private ProposalDto record(
            UUID id,
            UUID participantId,
            ProposalAnswerRequest r,
            String role,
            boolean byCoordinator,
            boolean participantOnly) {
        Proposal p = find(id, LockModeType.PESSIMISTIC_WRITE);
        Project project = ProjectService.find(p.projectId);
        requireMember(project, participantId, participantOnly);
        requireOpen(p, project);
        String comment = r.comment() == null || r.comment().isBlank()
                ? null
                : r.comment().strip();
        ProposalAnswer a = ProposalAnswer.<ProposalAnswer>find(
                        "proposalId = ?1 and participantId = ?2", p.id, participantId)
                .firstResult();
        if (a == null) {
            a = new ProposalAnswer();
            a.id = UUID.randomUUID();
            a.proposalId = p.id;
            a.participantId = participantId;
        } else if (a.answer == r.answer() && Objects.equals(a.comment, comment)) {
            // The same answer again: nothing changes.
            return view(p, answers(p.id), project.members.size());
        }
        if (a.answer != r.answer()) {
            // A new objection stands afresh; an answer that is no longer an objection has nothing to respond to.
            a.objectionResponse = null;
            a.respondedAt = null;
            a.withdrawnAt = null;
        }
        a.answer = r.answer();
        a.comment = comment;
        a.answeredAt = now();
        a.role = role;
        a.byCoordinator = byCoordinator;
        a.persist();
        return changed(p, project);
    }

    /** The coordinator answers an objection in writing; saying the same again changes nothing. */
    @Transactional
    public ProposalDto respond(UUID id, UUID participantId, ObjectionResponseRequest r) {
        validator.check(r);
        Proposal p = find(id, LockModeType.PESSIMISTIC_WRITE);
        Project project = ProjectService.find(p.projectId);
        requireOpen(p, project);
        ProposalAnswer a = objection(p, participantId);
        if (!ObjectionRules.mayRespond(a.withdrawnAt)) {
            throw new StateConflictException("The objection was withdrawn: there is nothing left to respond to.");
        }
        String response = r.response().strip();
        if (response.equals(a.objectionResponse)) {
            return view(p, answers(p.id), project.members.size());
        }
        a.objectionResponse = response;
        a.respondedAt = now();
        return changed(p, project);
    }

    /** The objector withdraws their objection once it has been answered in writing; it then counts as a concern. */
    @Transactional
    public ProposalDto withdraw(UUID id, UUID participantId) {
        if (!participantId.equals(caller.participantId())) {
            throw new ForbiddenException();
        }
        Proposal p = find(id, LockModeType.PESSIMISTIC_WRITE);
        Project project = ProjectService.find(p.projectId);
        requireOpen(p, project);
        ProposalAnswer a = objection(p, participantId);
        switch (ObjectionRules.withdrawal(a.respondedAt, a.withdrawnAt)) {
            case NOT_YET_ANSWERED -> throw new StateConflictException(ObjectionRules.WITHDRAW_BEFORE_RESPONSE);
            case ALREADY_WITHDRAWN -> {
                return view(p, answers(p.id), project.members.size());
            }
            case WITHDRAW -> a.withdrawnAt = now();
        }
        return changed(p, project);
    }

    @Scheduled(
            every = "${sessions.proposals.close-every}",
            identity = "proposal-closing",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        int closed = closeDue();
        if (closed > 0) {
            LOG.infof("Closed %d proposals at their closing time", closed);
        }
    }

    /**
     * Closes every open proposal past its closing time, a batch per transaction. Rows another instance holds are
     * skipped (it is closing them); returns how many this call closed.
     */
    public int closeDue() {
        int total = 0;
        while (true) {
            int closed = QuarkusTransaction.requiringNew().call(this::closeDueBatch);
            total += closed;
            if (closed < 100) {
                return total;
            }
        }
    }

    private int closeDueBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from proposal where status = 'OPEN' and closes_at <= :now "
                        + "order by closes_at limit 100 for update skip locked")
                .setParameter("now", Instant.now())
                .getResultList();
        int closed = 0;
        for (UUID id : ids) {
            Proposal p = em.find(Proposal.class, id);
            Project project = em.find(Project.class, p.projectId);
            if (closeIfDue(p, project)) {
                closed++;
            }
        }
        return closed;
    }

    /** The caller holds the proposal's lock. */
    private boolean closeIfDue(Proposal p, Project project) {
        if (!due(p, Instant.now())) {
            return false;
        }
        close(p, project);
        return true;
    }

    private void close(Proposal p, Project project) {
        List<ProposalAnswer> answers = answers(p.id);
        p.close(
                ProposalOutcomeRules.decide(
                        answers.stream().map(ProposalAnswer::fact).toList(), project.members.size()),
                now());
    }

    private static boolean due(Proposal p, Instant now) {
        return p.status == ProposalStatus.OPEN && !p.closesAt.isAfter(now);
    }

    /** After a change: the proposal's version moves, and it closes at once when everyone has had their say. */
    private ProposalDto changed(Proposal p, Project project) {
        em.flush();
        List<ProposalAnswer> answers = answers(p.id);
        int members = project.members.size();
        if (ProposalOutcomeRules.mayCloseNow(
                ProposalOutcomeRules.count(
                        answers.stream().map(ProposalAnswer::fact).toList()),
                members)) {
            close(p, project);
        } else {
            em.lock(p, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        return view(p, answers, members);
    }

    private void requireOpen(Proposal p, Project project) {
        closeIfDue(p, project);
        if (p.status == ProposalStatus.CLOSED) {
            throw new StateConflictException(CLOSED);
        }
    }

    private ProposalAnswer objection(Proposal p, UUID participantId) {
        ProposalAnswer a = ProposalAnswer.<ProposalAnswer>find(
                        "proposalId = ?1 and participantId = ?2", p.id, participantId)
                .firstResult();
        if (a == null || a.answer != ProposalAnswerChoice.OBJECT) {
            throw new UnknownResourceException("Participant " + participantId + " has no objection to this proposal.");
        }
        return a;
    }

    /** A participant may only act in projects they belong to. */
    private void requireMemberOrCoordinator(Project project) {
        if (caller.isParticipantOnly() && !project.members.contains(caller.participantId())) {
            throw new ForbiddenException();
        }
    }

    /** Only members answer: a participant who is not one gets 403, a coordinator naming someone else a 400. */
    private static void requireMember(Project project, UUID participantId, boolean participantOnly) {
        if (!project.members.contains(participantId)) {
            if (participantOnly) {
                throw new ForbiddenException();
            }
            throw InvalidInputException.of("participantId", "is not a member of this proposal's project");
        }
    }

    private Proposal find(UUID id, LockModeType lock) {
        Proposal p = em.find(Proposal.class, id, lock);
        if (p == null) {
            throw new UnknownResourceException("No proposal with id " + id + ".");
        }
        return p;
    }

    private static List<ProposalAnswer> answers(UUID proposalId) {
        return ProposalAnswer.list("proposalId = ?1 order by answeredAt, id", proposalId);
    }

    /** As the database keeps it (microseconds), so an answer reads the same before and after it is stored. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static ProposalDto view(Proposal p, List<ProposalAnswer> answers, int currentMembers) {
        var counts = ProposalOutcomeRules.count(
                answers.stream().map(ProposalAnswer::fact).toList());
        boolean closed = p.status == ProposalStatus.CLOSED;
        return new ProposalDto(
                p.id,
                p.projectId,
                p.title,
                p.text,
                p.proposedBy,
                p.createdAt,
                p.closesAt,
                p.status,
                closed ? p.outcomeMembers : currentMembers,
                answers.stream().map(ProposalService::answerView).toList(),
                counts(counts),
                closed
                        ? new ProposalDto.Outcome(
                                p.result,
                                p.decidedAt,
                                counts(p.outcomeCounts()),
                                p.outcomeMembers,
                                p.livedExperienceShare,
                                p.professionalShare)
                        : null,
                p.version);
    }

    static ProposalDto.Counts counts(org.coproduction.sessions.domain.proposals.AnswerCounts c) {
        return new ProposalDto.Counts(c.agree(), c.concerns(), c.object(), c.objectionsStanding(), c.answered());
    }

    private static ProposalDto.Answer answerView(ProposalAnswer a) {
        return new ProposalDto.Answer(
                a.participantId,
                a.answer,
                a.comment,
                a.answeredAt,
                a.answer == ProposalAnswerChoice.OBJECT
                        ? new ProposalDto.Objection(
                                a.withdrawnAt == null, a.objectionResponse, a.respondedAt, a.withdrawnAt)
                        : null);
    }
}
