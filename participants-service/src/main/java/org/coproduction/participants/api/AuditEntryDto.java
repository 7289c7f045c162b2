package org.coproduction.participants.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AuditEntry",
        description =
                "Someone read or changed a person's access needs, financial support, contact details or benefits limit (never the values).")
public record AuditEntryDto(
        @Schema(required = true, description = "Whose information it was.")
        UUID participantId,

        @Schema(
                required = true,
                description = "Who acted: a coordinator's or participant's id, or a service's name.",
                example = "coordinator-1")
        String actor,

        @Schema(
                required = true,
                enumeration = {"coordinator", "participant", "service"},
                example = "coordinator")
        String actorRole,

        @Schema(
                required = true,
                enumeration = {"READ", "CHANGE"},
                example = "READ")
        String action,

        @Schema(
                required = true,
                description =
                        "Which part: BENEFITS is the private benefits limit (its reads, changes and yes-or-no checks).",
                enumeration = {"ACCESS_NEEDS", "FINANCIAL_SUPPORT", "CONTACT_DETAILS", "BENEFITS"},
                example = "ACCESS_NEEDS")
        String part,

        @Schema(required = true, example = "2026-11-25T10:00:00Z")
        Instant at) {}
