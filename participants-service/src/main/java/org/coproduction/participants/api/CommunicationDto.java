package org.coproduction.participants.api;

import java.time.DayOfWeek;
import org.coproduction.participants.domain.ContactChannel;
import org.coproduction.participants.domain.DigestFormat;
import org.coproduction.participants.domain.DigestFrequency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Communication", description = "How and how often the person hears about the work between meetings.")
public record CommunicationDto(
        @Schema(
                enumeration = {"EMAIL", "PHONE", "POST"},
                example = "EMAIL",
                description = "Default EMAIL.")
        @EnumName(ContactChannel.class)
        String channel,

        @Schema(
                enumeration = {"WEEKLY", "FORTNIGHTLY", "MONTHLY", "NEVER"},
                example = "WEEKLY",
                description = "Default WEEKLY.")
        @EnumName(DigestFrequency.class)
        String digestFrequency,

        @Schema(
                enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"},
                example = "MONDAY",
                description = "Day the digest arrives (for monthly: the first such day of the month). Default MONDAY.")
        @EnumName(DayOfWeek.class)
        String digestDay,

        @Schema(
                enumeration = {"HTML", "PLAIN_TEXT", "LARGE_PRINT"},
                example = "HTML",
                description = "Default HTML.")
        @EnumName(DigestFormat.class)
        String format) {

    public static CommunicationDto defaults() {
        return new CommunicationDto("EMAIL", "WEEKLY", "MONDAY", "HTML");
    }
}
