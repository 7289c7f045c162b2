package org.coproduction.participants.service;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coproduction.participants.api.AbsenceDto;
import org.coproduction.participants.api.AccessNeedsDto;
import org.coproduction.participants.api.AvailabilityDto;
import org.coproduction.participants.api.CommunicationDto;
import org.coproduction.participants.api.ConsentDto;
import org.coproduction.participants.api.ConsentWithdrawal.WithdrawablePart;
import org.coproduction.participants.api.FinancialSupportDto;
import org.coproduction.participants.api.LanguageDto;
import org.coproduction.participants.api.ParticipantRequest;
import org.coproduction.participants.api.ParticipantResponse;
import org.coproduction.participants.api.PostalAddressDto;
import org.coproduction.participants.api.SupportDto;
import org.coproduction.participants.api.WeeklyWindowDto;
import org.coproduction.participants.domain.Absence;
import org.coproduction.participants.domain.ContactChannel;
import org.coproduction.participants.domain.DigestFormat;
import org.coproduction.participants.domain.DigestFrequency;
import org.coproduction.participants.domain.Participant;
import org.coproduction.participants.domain.ParticipantRole;
import org.coproduction.participants.domain.ParticipantStatus;
import org.coproduction.participants.domain.PauseRules;
import org.coproduction.participants.domain.PaymentForTime;
import org.coproduction.participants.domain.SupportPreference;
import org.coproduction.participants.domain.WeeklyWindow;

/** Copies between the JSON shape and the table. Requests are already validated when they reach here. */
final class ParticipantMapper {

    private ParticipantMapper() {}

    static ParticipantResponse toResponse(Participant p) {
        return toResponse(p, null);
    }

    /** @param pendingEmail a new address waiting for confirmation, shown when one record is read */
    static ParticipantResponse toResponse(Participant p, String pendingEmail) {
        return new ParticipantResponse(
                p.id,
                p.name,
                p.preferredName,
                p.pronouns,
                p.email,
                pendingEmail,
                p.phone,
                postalAddress(p),
                p.role.name(),
                p.organisation,
                p.timeZone,
                PauseRules.effectiveStatus(p.status, p.pausedUntil, today(p)).name(),
                PauseRules.effectivePausedUntil(p.status, p.pausedUntil, today(p)),
                new AccessNeedsDto(List.of(p.accessNeeds), p.accessNotes),
                new FinancialSupportDto(
                        p.paymentForTime.name(), p.travel, p.childcare, p.careCover, p.meals, p.dietaryRequirements),
                new LanguageDto(p.preferredLanguage, p.interpretation, p.plainLanguage),
                new CommunicationDto(
                        p.channel.name(), p.digestFrequency.name(), p.digestDay.name(), p.digestFormat.name()),
                new AvailabilityDto(
                        p.weeklyAvailability.stream()
                                .map(w -> new WeeklyWindowDto(w.day().name(), w.start(), w.end()))
                                .toList(),
                        p.absences.stream()
                                .map(a -> new AbsenceDto(a.from(), a.to(), a.reason()))
                                .toList(),
                        p.maxSessionsPerMonth,
                        p.minNoticeDays),
                new SupportDto(
                        List.of(p.trainingInterests),
                        p.supportPreference.name(),
                        p.mentorId,
                        p.wantsMentor,
                        p.offersMentoring,
                        p.trainingNotes,
                        p.trainingAskedAt,
                        p.mentorAskedAt),
                consent(p),
                p.lastPortalVisitAt,
                p.createdAt,
                p.updatedAt,
                p.version);
    }

    static PostalAddressDto postalAddress(Participant p) {
        return p.postalLines == null ? null : new PostalAddressDto(List.of(p.postalLines), p.postcode);
    }

    static ConsentDto consent(Participant p) {
        List<WithdrawablePart> withdrawn = new ArrayList<>();
        if (p.accessNeedsWithdrawn) {
            withdrawn.add(WithdrawablePart.ACCESS_NEEDS);
        }
        if (p.financialSupportWithdrawn) {
            withdrawn.add(WithdrawablePart.FINANCIAL_SUPPORT);
        }
        return new ConsentDto(p.consentGivenAt, p.consentVersion, List.copyOf(withdrawn));
    }

    /** The record as a client would send it back: the starting point of a merge patch. */
    static ParticipantRequest toRequest(Participant p) {
        ParticipantResponse r = toResponse(p);
        return new ParticipantRequest(
                r.name(),
                r.preferredName(),
                r.pronouns(),
                r.email(),
                r.phone(),
                r.postalAddress(),
                r.role(),
                r.organisation(),
                r.timeZone(),
                r.status(),
                r.pausedUntil(),
                r.accessNeeds(),
                r.financialSupport(),
                r.language(),
                r.communication(),
                r.availability(),
                r.support(),
                r.consent());
    }

    /** Writes every field of a (validated) request; groups or fields left out take their defaults. */
    static void copyInto(ParticipantRequest r, Participant p) {
        p.name = r.name().strip();
        p.preferredName = blankToNull(r.preferredName());
        p.pronouns = blankToNull(r.pronouns());
        p.email = blankToNull(r.email());
        p.phone = blankToNull(r.phone());
        PostalAddressDto address = r.postalAddress();
        p.postalLines = address == null
                ? null
                : address.lines().stream().map(String::strip).toArray(String[]::new);
        p.postcode = address == null ? null : address.postcode().strip();
        p.role = ParticipantRole.valueOf(r.role());
        p.organisation = blankToNull(r.organisation());
        p.timeZone = r.timeZone();
        // The pause's end date goes with the status: left out with it, both stay; kept only while PAUSED.
        if (r.status() != null) {
            p.status = ParticipantStatus.valueOf(r.status());
            p.pausedUntil = r.pausedUntil();
        } else if (p.status == null) {
            p.status = ParticipantStatus.ACTIVE;
        } else if (r.pausedUntil() != null) {
            p.pausedUntil = r.pausedUntil();
        }
        if (p.status != ParticipantStatus.PAUSED) {
            p.pausedUntil = null;
        }

        AccessNeedsDto needs = Objects.requireNonNullElse(r.accessNeeds(), AccessNeedsDto.none());
        p.accessNeeds = orEmpty(needs.needs()).stream().distinct().sorted().toArray(String[]::new);
        p.accessNotes = blankToNull(needs.notes());

        FinancialSupportDto money = Objects.requireNonNullElse(r.financialSupport(), FinancialSupportDto.defaults());
        p.paymentForTime = money.paymentForTime() == null
                ? PaymentForTime.WANTS_PAYMENT
                : PaymentForTime.valueOf(money.paymentForTime());
        p.travel = Boolean.TRUE.equals(money.travel());
        p.childcare = Boolean.TRUE.equals(money.childcare());
        p.careCover = Boolean.TRUE.equals(money.careCover());
        p.meals = Boolean.TRUE.equals(money.meals());
        p.dietaryRequirements = blankToNull(money.dietaryRequirements());

        LanguageDto language = Objects.requireNonNullElse(r.language(), LanguageDto.defaults());
        p.preferredLanguage = language.preferred() == null ? "en" : language.preferred();
        p.interpretation = blankToNull(language.interpretation());
        p.plainLanguage = Boolean.TRUE.equals(language.plainLanguage());

        CommunicationDto defaults = CommunicationDto.defaults();
        CommunicationDto comms = Objects.requireNonNullElse(r.communication(), defaults);
        p.channel = ContactChannel.valueOf(Objects.requireNonNullElse(comms.channel(), defaults.channel()));
        p.digestFrequency = DigestFrequency.valueOf(
                Objects.requireNonNullElse(comms.digestFrequency(), defaults.digestFrequency()));
        p.digestDay = DayOfWeek.valueOf(Objects.requireNonNullElse(comms.digestDay(), defaults.digestDay()));
        p.digestFormat = DigestFormat.valueOf(Objects.requireNonNullElse(comms.format(), defaults.format()));

        AvailabilityDto availability = Objects.requireNonNullElse(r.availability(), AvailabilityDto.defaults());
        p.weeklyAvailability = orEmpty(availability.weekly()).stream()
                .map(w -> new WeeklyWindow(DayOfWeek.valueOf(w.day()), w.start(), w.end()))
                .toList();
        p.absences = orEmpty(availability.unavailable()).stream()
                .map(a -> new Absence(a.from(), a.to(), blankToNull(a.reason())))
                .toList();
        p.maxSessionsPerMonth = availability.maxSessionsPerMonth();
        p.minNoticeDays = Objects.requireNonNullElse(availability.minNoticeDays(), 0);

        SupportDto support = Objects.requireNonNullElse(r.support(), SupportDto.defaults());
        p.trainingInterests =
                orEmpty(support.trainingInterests()).stream().distinct().toArray(String[]::new);
        p.supportPreference = support.preference() == null
                ? SupportPreference.NO_PREFERENCE
                : SupportPreference.valueOf(support.preference());
        p.mentorId = support.mentorId();
        p.wantsMentor = Boolean.TRUE.equals(support.wantsMentor());
        p.offersMentoring = Boolean.TRUE.equals(support.offersMentoring());
        p.trainingNotes = blankToNull(support.trainingNotes());
        // trainingAskedAt and mentorAskedAt are the service's (SupportRequests), never a client's.
        // Consent is never copied from a request: the service records it (ConsentService).
    }

    /** Today in the person's own time zone: the day a pause's end date is compared with. */
    static LocalDate today(Participant p) {
        return today(p.timeZone);
    }

    /** Today in a zone; UTC if the zone is missing or unknown (a request whose zone is refused anyway). */
    static LocalDate today(String timeZone) {
        try {
            return LocalDate.now(timeZone == null ? ZoneOffset.UTC : ZoneId.of(timeZone));
        } catch (DateTimeException e) {
            return LocalDate.now(ZoneOffset.UTC);
        }
    }

    /** Clears the access needs, as withdrawing consent to hold them does. */
    static void clearAccessNeeds(Participant p) {
        p.accessNeeds = new String[0];
        p.accessNotes = null;
    }

    /** Resets financial support to the defaults, as withdrawing consent to hold it does. */
    static void clearFinancialSupport(Participant p) {
        p.paymentForTime = PaymentForTime.WANTS_PAYMENT;
        p.travel = false;
        p.childcare = false;
        p.careCover = false;
        p.meals = false;
        p.dietaryRequirements = null;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
