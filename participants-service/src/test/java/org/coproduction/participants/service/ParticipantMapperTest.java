package org.coproduction.participants.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.coproduction.participants.api.AbsenceDto;
import org.coproduction.participants.api.AccessNeedsDto;
import org.coproduction.participants.api.AvailabilityDto;
import org.coproduction.participants.api.CommunicationDto;
import org.coproduction.participants.api.ConsentDto;
import org.coproduction.participants.api.FinancialSupportDto;
import org.coproduction.participants.api.LanguageDto;
import org.coproduction.participants.api.ParticipantRequest;
import org.coproduction.participants.api.ParticipantResponse;
import org.coproduction.participants.api.PostalAddressDto;
import org.coproduction.participants.api.SupportDto;
import org.coproduction.participants.api.WeeklyWindowDto;
import org.coproduction.participants.domain.ContactChannel;
import org.coproduction.participants.domain.DigestFormat;
import org.coproduction.participants.domain.DigestFrequency;
import org.coproduction.participants.domain.Participant;
import org.coproduction.participants.domain.ParticipantRole;
import org.coproduction.participants.domain.ParticipantStatus;
import org.coproduction.participants.domain.PaymentForTime;
import org.coproduction.participants.domain.SupportPreference;
import org.junit.jupiter.api.Test;

/** The copy between JSON shape and table, on plain objects: defaults, trimming, de-duplication and the round trip. */
class ParticipantMapperTest {

    private static final ConsentDto CONSENT = null;

    private static ParticipantRequest minimal(String status) {
        return new ParticipantRequest(
                "  Sam Lee ",
                null,
                null,
                " sam@example.org ",
                null,
                null,
                "PRACTITIONER",
                null,
                "Europe/Dublin",
                status,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                CONSENT);
    }

    private static ParticipantRequest full() {
        return new ParticipantRequest(
                "Aisha Khan",
                "Aisha",
                "she/her",
                "aisha@example.org",
                "+44 7700 900123",
                new PostalAddressDto(List.of(" 12 High Street ", "Leeds"), " LS1 4AB "),
                "FACILITATOR",
                "Recovery Network",
                "Europe/London",
                "PAUSED",
                LocalDate.now(ZoneId.of("Europe/London")).plusMonths(2),
                new AccessNeedsDto(List.of("QUIET_SPACE", "BSL_INTERPRETER", "QUIET_SPACE"), "Seat near the door"),
                new FinancialSupportDto("VOUCHERS", true, true, true, true, "vegetarian"),
                new LanguageDto("cy", "bfi", true),
                new CommunicationDto("POST", "MONTHLY", "FRIDAY", "LARGE_PRINT"),
                new AvailabilityDto(
                        List.of(new WeeklyWindowDto("MONDAY", LocalTime.of(18, 0), LocalTime.of(20, 30))),
                        List.of(new AbsenceDto(
                                Instant.parse("2027-04-01T00:00:00Z"), Instant.parse("2027-04-15T00:00:00Z"), "  ")),
                        4,
                        7),
                new SupportDto(
                        List.of("FACILITATION", "FACILITATION", "PUBLIC_SPEAKING"),
                        "GROUP",
                        UUID.randomUUID(),
                        true,
                        true,
                        "  Also asked for: BOOKKEEPING\n",
                        Instant.parse("2000-01-01T00:00:00Z"),
                        Instant.parse("2000-01-01T00:00:00Z")),
                CONSENT);
    }

    @Test
    void leftOutGroupsTakeTheirDefaultsAndTextIsTrimmed() {
        Participant p = new Participant();
        ParticipantMapper.copyInto(minimal(null), p);

        assertThat(p.name).isEqualTo("Sam Lee");
        assertThat(p.email).isEqualTo("sam@example.org");
        // Consent is never copied from a request: the service records it.
        assertThat(p.consentVersion).isNull();
        assertThat(p.wantsMentor).isFalse();
        assertThat(p.status).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(p.accessNeeds).isEmpty();
        assertThat(p.accessNotes).isNull();
        assertThat(p.paymentForTime).isEqualTo(PaymentForTime.WANTS_PAYMENT);
        assertThat(p.travel || p.childcare || p.careCover || p.meals).isFalse();
        assertThat(p.preferredLanguage).isEqualTo("en");
        assertThat(p.interpretation).isNull();
        assertThat(p.channel).isEqualTo(ContactChannel.EMAIL);
        assertThat(p.digestFrequency).isEqualTo(DigestFrequency.WEEKLY);
        assertThat(p.digestDay).isEqualTo(DayOfWeek.MONDAY);
        assertThat(p.digestFormat).isEqualTo(DigestFormat.HTML);
        assertThat(p.weeklyAvailability).isEmpty();
        assertThat(p.absences).isEmpty();
        assertThat(p.maxSessionsPerMonth).isNull();
        assertThat(p.minNoticeDays).isZero();
        assertThat(p.trainingInterests).isEmpty();
        assertThat(p.supportPreference).isEqualTo(SupportPreference.NO_PREFERENCE);
        assertThat(p.mentorId).isNull();
        assertThat(p.offersMentoring).isFalse();
        assertThat(p.trainingNotes).isNull();
    }

    @Test
    void fieldsLeftOutInsideAGroupTakeTheirDefaultsToo() {
        ParticipantRequest r = minimal(null);
        ParticipantRequest partial = new ParticipantRequest(
                r.name(),
                "  ",
                " ",
                r.email(),
                "",
                null,
                r.role(),
                "\t",
                r.timeZone(),
                null,
                null,
                new AccessNeedsDto(null, " "),
                new FinancialSupportDto(null, null, true, null, null, null),
                new LanguageDto(null, " ", null),
                new CommunicationDto(null, "NEVER", null, null),
                new AvailabilityDto(null, null, null, null),
                new SupportDto(null, null, null, null, null, " ", null, null),
                r.consent());
        Participant p = new Participant();
        ParticipantMapper.copyInto(partial, p);

        assertThat(p.preferredName).isNull();
        assertThat(p.pronouns).isNull();
        assertThat(p.phone).isNull();
        assertThat(p.postalLines).isNull();
        assertThat(p.postcode).isNull();
        assertThat(ParticipantMapper.toResponse(p).postalAddress()).isNull();
        assertThat(p.organisation).isNull();
        assertThat(p.accessNeeds).isEmpty();
        assertThat(p.accessNotes).isNull();
        assertThat(p.paymentForTime).isEqualTo(PaymentForTime.WANTS_PAYMENT);
        assertThat(p.childcare).isTrue();
        assertThat(p.travel).isFalse();
        assertThat(p.preferredLanguage).isEqualTo("en");
        assertThat(p.interpretation).isNull();
        assertThat(p.plainLanguage).isFalse();
        assertThat(p.channel).isEqualTo(ContactChannel.EMAIL);
        assertThat(p.digestFrequency).isEqualTo(DigestFrequency.NEVER);
        assertThat(p.digestDay).isEqualTo(DayOfWeek.MONDAY);
        assertThat(p.digestFormat).isEqualTo(DigestFormat.HTML);
        assertThat(p.minNoticeDays).isZero();
        assertThat(p.supportPreference).isEqualTo(SupportPreference.NO_PREFERENCE);
    }

    @Test
    void aPersonWithNoEmailIsStoredAndReadWithoutOne() {
        ParticipantRequest r = minimal(null);
        ParticipantRequest noEmail = new ParticipantRequest(
                r.name(),
                null,
                null,
                null,
                "0113 496 0000",
                null,
                r.role(),
                null,
                r.timeZone(),
                null,
                null,
                null,
                null,
                null,
                new CommunicationDto("PHONE", null, null, null),
                null,
                null,
                r.consent());
        Participant p = new Participant();
        ParticipantMapper.copyInto(noEmail, p);

        assertThat(p.email).isNull();
        assertThat(p.channel).isEqualTo(ContactChannel.PHONE);
        ParticipantResponse response = ParticipantMapper.toResponse(p);
        assertThat(response.email()).isNull();
        assertThat(response.phone()).isEqualTo("0113 496 0000");
        assertThat(ParticipantMapper.toRequest(p).email()).isNull();
    }

    @Test
    void aLeftOutStatusKeepsTheOneAlreadyStoredAndAGivenOneReplacesIt() {
        Participant p = new Participant();
        p.status = ParticipantStatus.WITHDRAWN;
        ParticipantMapper.copyInto(minimal(null), p);
        assertThat(p.status).isEqualTo(ParticipantStatus.WITHDRAWN);
        ParticipantMapper.copyInto(minimal("ACTIVE"), p);
        assertThat(p.status).isEqualTo(ParticipantStatus.ACTIVE);
    }

    @Test
    void thePauseEndDateGoesWithTheStatusAndIsKeptOnlyWhilePaused() {
        LocalDate until = LocalDate.now(ZoneId.of("Europe/Dublin")).plusDays(10);
        ParticipantRequest pause = withPause(minimal("PAUSED"), until);
        Participant p = new Participant();
        ParticipantMapper.copyInto(pause, p);
        assertThat(p.pausedUntil).isEqualTo(until);
        assertThat(ParticipantMapper.toResponse(p).pausedUntil()).isEqualTo(until);
        assertThat(ParticipantMapper.toRequest(p).pausedUntil()).isEqualTo(until);

        // Status left out: the date stays, or a new one replaces it.
        ParticipantMapper.copyInto(minimal(null), p);
        assertThat(p.pausedUntil).isEqualTo(until);
        ParticipantMapper.copyInto(withPause(minimal(null), until.plusDays(1)), p);
        assertThat(p.pausedUntil).isEqualTo(until.plusDays(1));

        // Any other status clears it, even if a date is sent.
        ParticipantMapper.copyInto(withPause(minimal("ACTIVE"), until), p);
        assertThat(p.status).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(p.pausedUntil).isNull();
        ParticipantMapper.copyInto(withPause(minimal(null), until), p);
        assertThat(p.pausedUntil).isNull();
    }

    @Test
    void aPauseWhoseEndDateHasComeReadsAsActive() {
        Participant p = new Participant();
        ParticipantMapper.copyInto(minimal("PAUSED"), p);
        p.pausedUntil = LocalDate.now(ZoneId.of("Europe/Dublin")).minusDays(1);
        ParticipantResponse read = ParticipantMapper.toResponse(p);
        assertThat(read.status()).isEqualTo("ACTIVE");
        assertThat(read.pausedUntil()).isNull();
        // Stored as it was until the next write.
        assertThat(p.status).isEqualTo(ParticipantStatus.PAUSED);
    }

    @Test
    void todayFallsBackToUtcForAMissingOrUnknownZone() {
        assertThat(ParticipantMapper.today((String) null)).isNotNull();
        assertThat(ParticipantMapper.today("Not/AZone")).isNotNull();
    }

    private static ParticipantRequest withPause(ParticipantRequest r, LocalDate until) {
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
                until,
                r.accessNeeds(),
                r.financialSupport(),
                r.language(),
                r.communication(),
                r.availability(),
                r.support(),
                r.consent());
    }

    @Test
    void needsAreStoredOnceInOrderAndInterestsOnceInTheOrderGiven() {
        Participant p = new Participant();
        ParticipantMapper.copyInto(full(), p);
        assertThat(p.accessNeeds).containsExactly("BSL_INTERPRETER", "QUIET_SPACE");
        assertThat(p.trainingInterests).containsExactly("FACILITATION", "PUBLIC_SPEAKING");
        assertThat(p.offersMentoring).isTrue();
        assertThat(p.trainingNotes).isEqualTo("Also asked for: BOOKKEEPING");
        // When people asked is the service's to say: what a client sends back is ignored.
        assertThat(p.trainingAskedAt).isNull();
        assertThat(p.mentorAskedAt).isNull();
        // A blank absence reason is no reason at all.
        assertThat(p.absences)
                .singleElement()
                .satisfies(a -> assertThat(a.reason()).isNull());
    }

    @Test
    void whatIsStoredReadsBackAsTheSameRequest() {
        ParticipantRequest sent = full();
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.version = 3;
        ParticipantMapper.copyInto(sent, p);

        ParticipantResponse response = ParticipantMapper.toResponse(p);
        assertThat(response.id()).isEqualTo(p.id);
        assertThat(response.version()).isEqualTo(3);
        assertThat(response.role()).isEqualTo(ParticipantRole.FACILITATOR.name());
        assertThat(response.status()).isEqualTo("PAUSED");
        assertThat(response.financialSupport()).isEqualTo(sent.financialSupport());
        assertThat(response.language()).isEqualTo(sent.language());
        assertThat(response.communication()).isEqualTo(sent.communication());
        assertThat(response.postalAddress())
                .isEqualTo(new PostalAddressDto(List.of("12 High Street", "Leeds"), "LS1 4AB"));
        assertThat(response.availability().weekly())
                .isEqualTo(sent.availability().weekly());
        assertThat(response.support().mentorId()).isEqualTo(sent.support().mentorId());
        assertThat(response.support().wantsMentor()).isTrue();
        assertThat(response.consent().withdrawn()).isEmpty();

        ParticipantRequest back = ParticipantMapper.toRequest(p);
        Participant again = new Participant();
        ParticipantMapper.copyInto(back, again);
        assertThat(ParticipantMapper.toResponse(again))
                .usingRecursiveComparison()
                .ignoringFields("id", "version", "createdAt", "updatedAt")
                .isEqualTo(response);
    }
}
