package org.coproduction.participants.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Participant",
        description = "A person taking part in co-production, with everything they need to take part.")
public record ParticipantResponse(
        @Schema(readOnly = true, example = "0b7c6f1e-2a4d-4e8f-9a1b-3c5d7e9f1a2b")
        UUID id,

        @Schema(example = "Aisha Khan") String name,
        @Schema(example = "Aisha") String preferredName,
        @Schema(example = "she/her") String pronouns,
        @Schema(example = "aisha@example.org") String email,
        @Schema(example = "+44 7700 900123") String phone,

        @Schema(
                enumeration = {"LIVED_EXPERIENCE", "PRACTITIONER", "FACILITATOR", "COORDINATOR"},
                example = "LIVED_EXPERIENCE")
        String role,

        @Schema(example = "Recovery Network") String organisation,
        @Schema(example = "Europe/London") String timeZone,

        @Schema(
                enumeration = {"ACTIVE", "PAUSED", "WITHDRAWN"},
                example = "ACTIVE")
        String status,

        AccessNeedsDto accessNeeds,
        FinancialSupportDto financialSupport,
        LanguageDto language,
        CommunicationDto communication,
        AvailabilityDto availability,
        SupportDto support,
        ConsentDto consent,

        @Schema(readOnly = true, example = "2026-11-25T10:00:00Z")
        Instant createdAt,

        @Schema(readOnly = true, example = "2026-11-25T10:00:00Z")
        Instant updatedAt,

        @Schema(readOnly = true, description = "Changes on every update; sent as the ETag.", example = "3")
        long version) {}
