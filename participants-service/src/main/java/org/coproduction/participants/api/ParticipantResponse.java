package org.coproduction.participants.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A participant as answered. Members marked required are always present and never {@code null}; the groups are always
 * present with every default filled in, but their own members are not marked required because the same group shapes
 * describe requests, where they may be left out.
 */
@Schema(
        name = "Participant",
        description = "A person taking part in co-production, with everything they need to take part.")
public record ParticipantResponse(
        @Schema(required = true, readOnly = true, example = "0b7c6f1e-2a4d-4e8f-9a1b-3c5d7e9f1a2b")
        UUID id,

        @Schema(required = true, example = "Aisha Khan") String name,
        @Schema(example = "Aisha") String preferredName,
        @Schema(example = "she/her") String pronouns,

        @Schema(
                description =
                        "Null when the person has no email address (possible only when their channel is not EMAIL).",
                example = "aisha@example.org")
        String email,

        @Schema(
                readOnly = true,
                description =
                        "A new address the participant gave, waiting for them to follow the link sent to it; shown when one record is read.",
                example = "aisha.khan@example.org")
        String pendingEmail,

        @Schema(example = "+44 7700 900123") String phone,
        PostalAddressDto postalAddress,

        @Schema(
                required = true,
                enumeration = {"LIVED_EXPERIENCE", "PRACTITIONER", "FACILITATOR", "COORDINATOR"},
                example = "LIVED_EXPERIENCE")
        String role,

        @Schema(example = "Recovery Network") String organisation,
        @Schema(required = true, example = "Europe/London") String timeZone,

        @Schema(
                required = true,
                enumeration = {"ACTIVE", "PAUSED", "WITHDRAWN"},
                example = "ACTIVE",
                description =
                        "As it is today: a pause whose `pausedUntil` has come reads as ACTIVE. PAUSED and WITHDRAWN people are not invited or sent digests.")
        String status,

        @Schema(
                example = "2027-03-01",
                description =
                        "While PAUSED, the day the pause ends (in the person's own time zone); null when not paused or paused with no end date.")
        LocalDate pausedUntil,

        @Schema(required = true) AccessNeedsDto accessNeeds,
        @Schema(required = true) FinancialSupportDto financialSupport,
        @Schema(required = true) LanguageDto language,
        @Schema(required = true) CommunicationDto communication,
        @Schema(required = true) AvailabilityDto availability,
        @Schema(required = true) SupportDto support,
        @Schema(required = true) ConsentDto consent,

        @Schema(
                readOnly = true,
                description =
                        "The day of the person's last visit to the portal (midnight UTC: kept to the day), recorded when the portal starts a visit; null if they never visited. No tracking pixels.",
                example = "2026-11-27T00:00:00Z")
        Instant lastPortalVisitAt,

        @Schema(required = true, readOnly = true, example = "2026-11-25T10:00:00Z")
        Instant createdAt,

        @Schema(required = true, readOnly = true, example = "2026-11-25T10:00:00Z")
        Instant updatedAt,

        @Schema(
                required = true,
                readOnly = true,
                description = "Changes on every update; sent as the ETag.",
                example = "3")
        long version) {}
