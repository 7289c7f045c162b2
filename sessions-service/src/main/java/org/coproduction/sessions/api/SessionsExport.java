package org.coproduction.sessions.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.FollowUpStatus;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.proposals.ProposalAnswerChoice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything sessions-service holds that names one participant (their part of the export, UK GDPR Article 15). */
@Schema(
        name = "SessionsExport",
        description = "Everything sessions-service holds that names one participant: the projects they belong to and "
                + "coordinate, the sessions they were invited to (with their answers) and attended, the actions they own, what they contributed, the follow-ups "
                + "offered to them, the check-ins sent to them, the sensitive sessions they are the wellbeing contact of, the proposals they put or answered and their payment lines. Every "
                + "list is empty for a person this service has never heard of.")
public record SessionsExport(
        @Schema(required = true, description = "Projects they are a member of, by name")
        List<Membership> memberships,

        @Schema(required = true, description = "Sessions they were invited to, earliest first")
        List<Invitation> invitations,

        @Schema(required = true, description = "Sessions they were recorded as attending, earliest first")
        List<Attendance> attendance,

        @Schema(required = true, description = "Actions agreed in sessions that they own, by session time")
        List<OwnedAction> actions,

        @Schema(
                required = true,
                description = "What they gave over all time: sessions attended and their hours (one item, "
                        + "or none if they attended nothing)")
        List<Contribution> contributions,

        @Schema(required = true, description = "Projects they coordinate, by name")
        List<Coordination> coordinatorOf,

        @Schema(required = true, description = "Follow-ups offered to them after sensitive sessions, earliest first")
        List<FollowUp> followUps,

        @Schema(
                required = true,
                description = "Check-ins sent to them when they seemed to be drifting away, earliest first")
        List<CheckInSent> checkIns,

        @Schema(
                required = true,
                description = "Sessions on sensitive topics where they are the named wellbeing contact, earliest first")
        List<WellbeingContact> wellbeingContactOf,

        @Schema(
                required = true,
                description = "Proposals they put to a project or answered, with their answer and comment, earliest "
                        + "first")
        List<ProposalPart> proposals,

        @Schema(
                required = true,
                description = "Their payment lines (estimated, claimed, approved, paid or declined), oldest first")
        List<PaymentLineDto> payments) {

    private static final String SESSION = "5f0e8d2c-1a3b-4c5d-8e9f-0a1b2c3d4e5f";

    @Schema(name = "ExportMembership", description = "A project the person is a member of")
    public record Membership(
            @Schema(required = true, example = "7a1c2d3e-4f50-4617-8829-3a4b5c6d7e8f")
            UUID projectId,

            @Schema(required = true, example = "Redesigning the crisis line")
            String projectName) {}

    @Schema(name = "ExportCoordination", description = "A project the person coordinates")
    public record Coordination(
            @Schema(required = true, example = "7a1c2d3e-4f50-4617-8829-3a4b5c6d7e8f")
            UUID projectId,

            @Schema(required = true, example = "Redesigning the crisis line")
            String projectName) {}

    @Schema(name = "ExportCheckIn", description = "A check-in message sent to the person")
    public record CheckInSent(
            @Schema(required = true, description = "When it was queued for sending", example = "2027-03-29T06:00:00Z")
            Instant sentAt,

            @Schema(
                    description = "The project in which they were found drifting away (null once it is gone)",
                    example = "7a1c2d3e-4f50-4617-8829-3a4b5c6d7e8f")
            UUID projectId) {}

    @Schema(name = "ExportInvitation", description = "A session the person was invited to")
    public record Invitation(
            @Schema(required = true, example = SESSION) UUID sessionId,

            @Schema(required = true, example = "Planning the spring workshops")
            String title,

            @Schema(required = true, example = "2027-03-29T17:00:00Z")
            Instant start,

            @Schema(required = true, example = "2027-03-29T18:30:00Z")
            Instant end,

            @Schema(required = true, description = "The session's status")
            SessionStatus status,

            @Schema(required = true, description = "Their answer to the invitation (PENDING if none given)")
            InvitationAnswer answer,

            @Schema(description = "The reason they gave with it, if any", example = "I have a hospital appointment.")
            String reason,

            @Schema(description = "When they answered, if they have", example = "2027-03-20T09:15:00Z")
            Instant answeredAt) {}

    @Schema(name = "ExportAttendance", description = "A session the person was recorded as attending")
    public record Attendance(
            @Schema(required = true, example = SESSION) UUID sessionId,

            @Schema(required = true, example = "Planning the spring workshops")
            String title,

            @Schema(required = true, example = "2027-03-29T17:00:00Z")
            Instant start) {}

    @Schema(name = "ExportFollowUp", description = "A follow-up offered to the person after a sensitive session")
    public record FollowUp(
            @Schema(required = true, description = "The sensitive session", example = SESSION)
            UUID sessionId,

            @Schema(required = true, example = "2027-03-29T19:00:00Z")
            Instant offeredAt,

            @Schema(required = true, example = "2027-04-05T18:30:00Z")
            Instant dueBy,

            @Schema(required = true) FollowUpStatus status,

            @Schema(description = "The MENTORING session arranged, if any", example = SESSION)
            UUID mentoringSessionId,

            @Schema(description = "When they declined, if they did", example = "2027-03-30T09:00:00Z")
            Instant declinedAt) {}

    @Schema(
            name = "ExportWellbeingContact",
            description = "A sensitive session where the person is the wellbeing contact")
    public record WellbeingContact(
            @Schema(required = true, example = SESSION) UUID sessionId,

            @Schema(required = true, example = "Experiences of crisis care")
            String title,

            @Schema(required = true, example = "2027-03-29T17:00:00Z")
            Instant start) {}

    @Schema(name = "ExportProposal", description = "A proposal the person put or answered")
    public record ProposalPart(
            @Schema(required = true, example = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f")
            UUID proposalId,

            @Schema(required = true, example = "7a1c2d3e-4f50-4617-8829-3a4b5c6d7e8f")
            UUID projectId,

            @Schema(required = true, example = "Meet on Monday evenings from May")
            String title,

            @Schema(required = true, description = "Whether they put it to the project", example = "false")
            boolean proposedByThem,

            @Schema(description = "Their answer; null if they did not answer")
            ProposalAnswerChoice answer,

            @Schema(description = "Their comment, if any", example = "Mondays are hard for me because of childcare.")
            String comment,

            @Schema(description = "When they answered", example = "2027-03-30T09:00:00Z")
            Instant answeredAt,

            @Schema(
                    description = "For an objection, when they withdrew it; null otherwise",
                    example = "2027-04-01T08:00:00Z")
            Instant objectionWithdrawnAt) {}

    @Schema(name = "ExportAction", description = "An action agreed in a session that the person owns")
    public record OwnedAction(
            @Schema(required = true, example = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d")
            UUID actionId,

            @Schema(required = true, example = SESSION) UUID sessionId,

            @Schema(required = true, example = "Book the room for May")
            String description,

            @Schema(example = "2027-04-12") LocalDate due,

            @Schema(required = true, example = "false") boolean done,

            @Schema(description = "When it was marked done; null while open", example = "2027-04-10T09:30:00Z")
            Instant doneAt) {}
}
