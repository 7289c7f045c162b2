package org.coproduction.participants.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.coproduction.participants.domain.ParticipantRole;
import org.coproduction.participants.domain.ParticipantStatus;
import org.coproduction.platform.validation.RegionZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A participant as written by a client (register, replace, or the result of a merge patch).
 * The read-only fields of a {@link ParticipantResponse} are accepted and ignored, so a record read with GET
 * can be sent back with PUT; any other unknown field is refused.
 */
@Schema(
        name = "ParticipantInput",
        description = "A participant as registered or replaced. Groups left out take their defaults.")
@JsonIgnoreProperties(value = {"id", "pendingEmail", "lastPortalVisitAt", "createdAt", "updatedAt", "version"})
public record ParticipantRequest(
        @Schema(example = "Aisha Khan", maxLength = 200) @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "What to call them in letters and digests.", example = "Aisha", maxLength = 100)
        @Size(max = 100)
        String preferredName,

        @Schema(example = "she/her", maxLength = 50) @Size(max = 50)
        String pronouns,

        @Schema(
                description =
                        "Unique across participants, whatever its case. Required when `communication.channel` is EMAIL (the default); otherwise it may be left out or null, for people who have no email address. When a participant changes their own address, it takes effect only once they follow the link sent to the new address (see `pendingEmail`).",
                example = "aisha@example.org",
                maxLength = 320)
        @Size(max = 320)
        @Pattern(regexp = ".*\\S.*", message = "must not be empty: leave it out (or null) when there is none")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be an email address such as name@example.org")
        String email,

        @Schema(
                description = "Required when `communication.channel` is PHONE.",
                example = "+44 7700 900123",
                maxLength = 40)
        @Pattern(
                regexp = "^\\+?[0-9][0-9 ()-]{5,38}$",
                message = "must be a phone number of digits, spaces, brackets or dashes, optionally starting with +")
        String phone,

        @Valid PostalAddressDto postalAddress,

        @Schema(
                enumeration = {"LIVED_EXPERIENCE", "PRACTITIONER", "FACILITATOR", "COORDINATOR"},
                example = "LIVED_EXPERIENCE")
        @NotNull
        @EnumName(ParticipantRole.class)
        String role,

        @Schema(example = "Recovery Network", maxLength = 200) @Size(max = 200)
        String organisation,

        @Schema(description = "IANA time zone; weekly availability is read in it.", example = "Europe/London")
        @NotBlank
        @RegionZoneId
        String timeZone,

        @Schema(
                enumeration = {"ACTIVE", "PAUSED", "WITHDRAWN"},
                example = "ACTIVE",
                description =
                        "ACTIVE when registering if left out; left out of a replace or patch, it stays as it was (with `pausedUntil`). A participant may change their own only to PAUSED (from ACTIVE, with `pausedUntil`) or WITHDRAWN, or from PAUSED back to ACTIVE; any other change is a coordinator's.")
        @EnumName(ParticipantStatus.class)
        String status,

        @Schema(
                example = "2027-03-01",
                description =
                        "The day a pause ends, in the person's own time zone: from that day the record reads as ACTIVE, with no job needed. After today and at most a year ahead. Required when a participant pauses themself; a coordinator may pause without it (until they end the pause). Kept only with status PAUSED: with any other status it is ignored and cleared.")
        LocalDate pausedUntil,

        @Valid AccessNeedsDto accessNeeds,
        @Valid FinancialSupportDto financialSupport,
        @Valid LanguageDto language,
        @Valid CommunicationDto communication,
        @Valid AvailabilityDto availability,
        @Valid SupportDto support,

        @Schema(
                description =
                        "Recorded by the service: leave it out, or send back exactly what was read. Any other value is refused.")
        ConsentDto consent) {}
