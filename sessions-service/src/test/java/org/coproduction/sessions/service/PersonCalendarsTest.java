package org.coproduction.sessions.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.domain.slots.Interval;
import org.coproduction.sessions.domain.slots.PersonCalendar;
import org.junit.jupiter.api.Test;

class PersonCalendarsTest {

    private static final Instant FROM = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-03-08T00:00:00Z");

    private static ParticipantView person(String status) {
        return new ParticipantView(
                UUID.randomUUID(),
                "Sam Taylor",
                "Sam",
                "Europe/London",
                status,
                "LIVED_EXPERIENCE",
                null,
                null,
                null,
                new ParticipantView.Availability(
                        List.of(new ParticipantView.Window("MONDAY", "18:00", "21:00")), List.of(), null, null),
                null,
                null);
    }

    @Test
    void anActivePersonHasOnlyTheirOwnAbsences() {
        PersonCalendar calendar = PersonCalendars.calendar(person("ACTIVE"), List.of(), 0, FROM, TO);
        assertThat(calendar.absences()).isEmpty();
        assertThat(calendar.weekly()).hasSize(1);
    }

    @Test
    void pausedOrWithdrawnPeopleAreAbsentForTheWholeRange() {
        for (String status : List.of("PAUSED", "WITHDRAWN")) {
            PersonCalendar calendar = PersonCalendars.calendar(person(status), List.of(), 0, FROM, TO);
            assertThat(calendar.absences()).as(status).containsExactly(new Interval(FROM, TO));
        }
    }
}
