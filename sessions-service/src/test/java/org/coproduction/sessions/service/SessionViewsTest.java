package org.coproduction.sessions.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.sessions.api.AccessGapDto;
import org.coproduction.sessions.api.ConflictDto;
import org.coproduction.sessions.api.SessionResponse;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.Venue;
import org.coproduction.sessions.domain.VenueFormat;
import org.coproduction.sessions.domain.access.AccessGap;
import org.coproduction.sessions.domain.slots.Unavailability;
import org.coproduction.sessions.domain.slots.UnavailableReason;
import org.junit.jupiter.api.Test;

/** Sessions in their API shape, field errors gathered once, and hours counted from seconds. */
class SessionViewsTest {
    final UUID aisha = UUID.randomUUID();
    final UUID ben = UUID.randomUUID();

    Session session() {
        Project project = new Project();
        project.id = UUID.randomUUID();
        Session s = new Session();
        s.id = UUID.randomUUID();
        s.project = project;
        s.title = "Planning";
        s.type = SessionType.MEETING;
        s.format = SessionFormat.ONLINE;
        s.start = Instant.parse("2027-03-29T17:00:00Z");
        s.end = Instant.parse("2027-03-29T18:30:00Z");
        s.timeZone = "Europe/London";
        s.invitees.add(aisha);
        s.invitees.add(ben);
        s.version = 4;
        return s;
    }

    @Test
    void aPlainViewHasNoConflictsOrGapsAtAll() {
        Session s = session();
        SessionResponse view = SessionViews.view(s);
        assertThat(view.id()).isEqualTo(s.id);
        assertThat(view.projectId()).isEqualTo(s.project.id);
        assertThat(view.venue()).isNull();
        assertThat(view.invitees()).containsExactly(aisha, ben);
        assertThat(view.version()).isEqualTo(4);
        assertThat(view.availabilityConflicts()).isNull();
        assertThat(view.accessGaps()).isNull();
    }

    @Test
    void conflictsAndGapsAreCarriedOverOneForOne() {
        SessionResponse view = SessionViews.view(
                session(),
                List.of(new Unavailability(ben, UnavailableReason.DOUBLE_BOOKED)),
                List.of(new AccessGap(aisha, AccessNeed.CAPTIONS, "needs captions; none arranged")));
        assertThat(view.availabilityConflicts()).containsExactly(new ConflictDto(ben, UnavailableReason.DOUBLE_BOOKED));
        assertThat(view.accessGaps())
                .containsExactly(new AccessGapDto(aisha, AccessNeed.CAPTIONS, "needs captions; none arranged"));
    }

    @Test
    void emptyConflictsStayEmptyRatherThanMissing() {
        SessionResponse view = SessionViews.view(session(), List.of(), List.of());
        assertThat(view.availabilityConflicts()).isEmpty();
        assertThat(view.accessGaps()).isEmpty();
    }

    @Test
    void theVenueIsSummarisedAndArrangementsCopied() {
        Session s = session();
        Venue hall = new Venue();
        hall.id = UUID.randomUUID();
        hall.name = "Community Hall";
        hall.address = "1 High Street";
        hall.format = VenueFormat.IN_PERSON;
        s.venue = hall;
        s.interpretation.add("bfi");
        s.breaks = true;

        SessionResponse view = SessionViews.view(s);

        assertThat(view.venue().id()).isEqualTo(hall.id);
        assertThat(view.venue().name()).isEqualTo("Community Hall");
        assertThat(view.venue().address()).isEqualTo("1 High Street");
        assertThat(view.venue().format()).isEqualTo(VenueFormat.IN_PERSON);
        assertThat(view.arrangements().interpretation()).containsExactly("bfi");
        assertThat(view.arrangements().breaks()).isTrue();
        assertThat(view.arrangements().captions()).isFalse();

        // The view is a copy: later changes to the session do not show through.
        s.interpretation.add("pl");
        s.invitees.clear();
        assertThat(view.arrangements().interpretation()).containsExactly("bfi");
        assertThat(view.invitees()).hasSize(2);
    }

    @Test
    void aFieldIsAlreadyBadWhenItOrSomethingInsideItWasReported() {
        List<FieldError> errors = List.of(
                new FieldError("arrangements.interpretation[0]", "bad"),
                new FieldError("invitees[3]", "bad"),
                new FieldError("start", "bad"));
        assertThat(RequestValidator.has(errors, "arrangements")).isTrue();
        assertThat(RequestValidator.has(errors, "arrangements.interpretation")).isTrue();
        assertThat(RequestValidator.has(errors, "invitees")).isTrue();
        assertThat(RequestValidator.has(errors, "start")).isTrue();
        // A field whose name merely begins the same way is a different field.
        assertThat(RequestValidator.has(errors, "star")).isFalse();
        assertThat(RequestValidator.has(errors, "end")).isFalse();
        assertThat(RequestValidator.has(List.of(), "start")).isFalse();
    }

    @Test
    void errorsAreThrownOnceWithEveryFieldOrNotAtAll() {
        RequestValidator.throwIfAny(List.of());
        List<FieldError> errors = List.of(
                new FieldError("end", "must be after start"), new FieldError("invitees", "must not list anyone twice"));
        assertThatThrownBy(() -> RequestValidator.throwIfAny(errors)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void hoursAreSecondsDividedToTwoDecimalsRoundedHalfUp() {
        assertThat(ContributionService.hours(5400)).isEqualTo(new BigDecimal("1.50"));
        assertThat(ContributionService.hours(0)).isEqualTo(new BigDecimal("0.00"));
        // 20 minutes is a third of an hour: 0.33; 50 minutes is 0.8333...: 0.83; 18 seconds is 0.005: 0.01.
        assertThat(ContributionService.hours(1200)).isEqualTo(new BigDecimal("0.33"));
        assertThat(ContributionService.hours(3000)).isEqualTo(new BigDecimal("0.83"));
        assertThat(ContributionService.hours(18)).isEqualTo(new BigDecimal("0.01"));
        // PostgreSQL's extract(epoch ...) answers a numeric with a fraction.
        assertThat(ContributionService.hours(new BigDecimal("9000.000000"))).isEqualTo(new BigDecimal("2.50"));
    }
}
