package org.coproduction.participants.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the suite holds on one person, from all three services (right of access, UK GDPR Article 15). */
@Schema(
        name = "ParticipantExport",
        description = "Everything the suite holds on one person: their record, consent history, the audit of who "
                + "read or changed their needs, financial support and benefits limit, and that limit "
                + "(participants-service), their memberships, "
                + "invitations, attendance, actions and contributions (sessions-service) and the mails sent to them "
                + "(notifications-service, without bodies).")
public record ParticipantExport(
        @Schema(required = true, description = "When this export was put together.")
        Instant generatedAt,

        @Schema(required = true, description = "The record, as reading it answers.")
        ParticipantResponse participant,

        @Schema(required = true, description = "Every consent given or withdrawn, oldest first.")
        List<ConsentEventDto> consentHistory,

        @Schema(
                required = true,
                description =
                        "Who read or changed their needs, financial support, contact details and benefits limit, oldest first.")
        List<AuditEntryDto> audit,

        @Schema(description = "The private benefits limit they recorded; null if they recorded none.")
        BenefitsLimitResponse benefitsLimit,

        @Schema(required = true) SessionsExport sessions,
        @Schema(required = true) NotificationsExport notifications) {}
