package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.api.Contribution;
import org.coproduction.sessions.api.SessionsExport;
import org.coproduction.sessions.domain.FollowUp;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.proposals.ProposalAnswerChoice;

/**
 * This service's part of a person's export (participants-service gathers the whole of it): every row that names
 * them, read-only and in a stable order.
 */
@ApplicationScoped
public class ExportService {
    private final EntityManager em;
    private final PaymentReports payments;

    public ExportService(EntityManager em, PaymentReports payments) {
        this.em = em;
        this.payments = payments;
    }

    public SessionsExport export(UUID participantId) {
        List<SessionsExport.Membership> memberships = rows(
                        "select p.id, p.name from Project p join p.members m where m = :id order by p.name, p.id",
                        participantId)
                .stream()
                .map(r -> new SessionsExport.Membership((UUID) r[0], (String) r[1]))
                .toList();
        List<SessionsExport.Invitation> invitations = rows(
                        "select s.id, s.title, s.start, s.end, s.status, a.answer, a.reason, a.answeredAt "
                                + "from Session s join s.invitees i left join s.answers a on key(a) = i "
                                + "where i = :id order by s.start, s.id",
                        participantId)
                .stream()
                .map(r -> new SessionsExport.Invitation(
                        (UUID) r[0],
                        (String) r[1],
                        (Instant) r[2],
                        (Instant) r[3],
                        (SessionStatus) r[4],
                        r[5] == null ? InvitationAnswer.PENDING : (InvitationAnswer) r[5],
                        (String) r[6],
                        (Instant) r[7]))
                .toList();
        List<Object[]> attended = rows(
                "select s.id, s.title, s.start, s.end, s.status from Session s join s.attended a "
                        + "where a = :id order by s.start, s.id",
                participantId);
        List<SessionsExport.Attendance> attendance = attended.stream()
                .map(r -> new SessionsExport.Attendance((UUID) r[0], (String) r[1], (Instant) r[2]))
                .toList();
        List<SessionsExport.OwnedAction> actions = rows(
                        "select s.id, a.description, a.due, a.done, a.actionId, a.doneAt from Session s join s.actions a "
                                + "where a.ownerId = :id order by s.start, s.id, index(a)",
                        participantId)
                .stream()
                .map(r -> new SessionsExport.OwnedAction(
                        (UUID) r[4], (UUID) r[0], (String) r[1], (LocalDate) r[2], (Boolean) r[3], (Instant) r[5]))
                .toList();
        List<SessionsExport.Coordination> coordinatorOf = rows(
                        "select p.id, p.name from Project p join p.coordinators c where c = :id "
                                + "order by p.name, p.id",
                        participantId)
                .stream()
                .map(r -> new SessionsExport.Coordination((UUID) r[0], (String) r[1]))
                .toList();
        List<SessionsExport.CheckInSent> checkIns = rows(
                        "select c.sentAt, c.projectId from CheckIn c where c.participantId = :id "
                                + "order by c.sentAt, c.id",
                        participantId)
                .stream()
                .map(r -> new SessionsExport.CheckInSent((Instant) r[0], (UUID) r[1]))
                .toList();
        List<SessionsExport.FollowUp> followUps =
                FollowUp.<FollowUp>list("participantId = ?1 order by offeredAt, sessionId", participantId).stream()
                        .map(f -> new SessionsExport.FollowUp(
                                f.sessionId, f.offeredAt, f.dueBy, f.status, f.mentoringSessionId, f.declinedAt))
                        .toList();
        List<SessionsExport.WellbeingContact> wellbeingContactOf = rows(
                        "select s.id, s.title, s.start from Session s where s.wellbeingContactId = :id "
                                + "order by s.start, s.id",
                        participantId)
                .stream()
                .map(r -> new SessionsExport.WellbeingContact((UUID) r[0], (String) r[1], (Instant) r[2]))
                .toList();
        return new SessionsExport(
                memberships,
                invitations,
                attendance,
                actions,
                contributions(participantId, attended),
                coordinatorOf,
                followUps,
                checkIns,
                wellbeingContactOf,
                proposals(participantId),
                payments.of(participantId));
    }

    /** Proposals they put or answered, with their answer, earliest first. */
    private List<SessionsExport.ProposalPart> proposals(UUID participantId) {
        return rows(
                        "select p.id, p.projectId, p.title, p.proposedBy, a.answer, a.comment, a.answeredAt, "
                                + "a.withdrawnAt from Proposal p left join ProposalAnswer a "
                                + "on a.proposalId = p.id and a.participantId = :id "
                                + "where p.proposedBy = :id or a.id is not null order by p.createdAt, p.id",
                        participantId)
                .stream()
                .map(r -> new SessionsExport.ProposalPart(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        participantId.equals(r[3]),
                        (ProposalAnswerChoice) r[4],
                        (String) r[5],
                        (Instant) r[6],
                        (Instant) r[7]))
                .toList();
    }

    /** Over all time, counted as GET /contributions counts: sessions attended that were not cancelled. */
    private static List<Contribution> contributions(UUID participantId, List<Object[]> attended) {
        long sessions = 0;
        long seconds = 0;
        for (Object[] r : attended) {
            if (r[4] != SessionStatus.CANCELLED) {
                sessions++;
                seconds += Duration.between((Instant) r[2], (Instant) r[3]).getSeconds();
            }
        }
        if (sessions == 0) {
            return List.of();
        }
        return List.of(
                new Contribution(participantId, sessions, ContributionService.hours(BigDecimal.valueOf(seconds))));
    }

    private List<Object[]> rows(String jpql, UUID participantId) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("id", participantId)
                .getResultList();
    }
}
