package org.coproduction.sessions.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.Venue;
import org.junit.jupiter.api.Test;

/** The words the calendar file carries: where, what, and what was arranged for access. */
class CalendarTextTest {

    static Session session() {
        Project project = new Project();
        project.name = "Crisis line redesign";
        Session s = new Session();
        s.project = project;
        s.title = "Planning";
        s.type = SessionType.WORKSHOP;
        s.format = SessionFormat.IN_PERSON;
        s.start = Instant.parse("2027-03-29T17:00:00Z");
        s.end = Instant.parse("2027-03-29T18:30:00Z");
        s.timeZone = "Europe/London";
        return s;
    }

    static Venue venue(String address, AccessNeed... features) {
        Venue v = new Venue();
        v.name = "Community Hub";
        v.address = address;
        v.features = features.length == 0 ? EnumSet.noneOf(AccessNeed.class) : EnumSet.of(features[0], features);
        return v;
    }

    @Test
    void theLocationIsTheVenueWithItsAddress() {
        Session s = session();
        s.venue = venue("12 High Street");
        assertThat(CalendarService.location(s)).isEqualTo("Community Hub, 12 High Street");
        s.venue = venue(null);
        assertThat(CalendarService.location(s)).isEqualTo("Community Hub");
    }

    @Test
    void aRoomWinsOverTheLinkAndWithoutEitherThereIsNoLocation() {
        Session s = session();
        s.joiningLink = "https://meet.example.org/x";
        assertThat(CalendarService.location(s)).isEqualTo("Online: https://meet.example.org/x");
        s.venue = venue("12 High Street");
        assertThat(CalendarService.location(s)).isEqualTo("Community Hub, 12 High Street");
        s.venue = null;
        s.joiningLink = null;
        assertThat(CalendarService.location(s)).isNull();
    }

    @Test
    void theDescriptionSaysPurposeProjectTypeAndFormat() {
        Session s = session();
        s.purpose = "  Agree dates  ";
        s.format = SessionFormat.HYBRID;
        assertThat(CalendarService.description(s))
                .isEqualTo("Agree dates\n\n"
                        + "Project: Crisis line redesign\n"
                        + "Type: Workshop, hybrid\n"
                        + "Access arrangements: none booked\n");
    }

    @Test
    void aBlankPurposeIsLeftOutAndTheLinkIsGiven() {
        Session s = session();
        s.purpose = "   ";
        s.type = SessionType.MENTORING;
        s.format = SessionFormat.ONLINE;
        s.joiningLink = "https://meet.example.org/x";
        assertThat(CalendarService.description(s))
                .isEqualTo("Project: Crisis line redesign\n"
                        + "Type: Mentoring, online\n"
                        + "Join online: https://meet.example.org/x\n"
                        + "Access arrangements: none booked\n");
    }

    @Test
    void aCancelledSessionSaysSoWithItsReason() {
        Session s = session();
        s.cancel("The venue is flooded.", Instant.parse("2027-03-20T10:00:00Z"));
        assertThat(CalendarService.description(s)).endsWith("\nCANCELLED: The venue is flooded.\n");
        s.cancelReason = null;
        assertThat(CalendarService.description(s)).endsWith("\nCANCELLED\n");
        s.status = SessionStatus.COMPLETED;
        assertThat(CalendarService.description(s)).doesNotContain("CANCELLED");
    }

    @Test
    void arrangementsNameEveryBookingInPlainWords() {
        Session s = session();
        s.interpretation.add("bfi");
        s.interpretation.add("pl");
        s.captions = true;
        s.largePrintMaterials = true;
        s.easyReadMaterials = true;
        s.breaks = true;
        assertThat(CalendarService.arrangements(s))
                .isEqualTo("British Sign Language interpreter; interpreter (pl); "
                        + "live captions; large-print materials; easy-read materials; regular breaks");
    }

    @Test
    void bslByItsOtherCodeIsNamedTheSameWay() {
        Session s = session();
        s.interpretation.add("bsl");
        assertThat(CalendarService.arrangements(s)).isEqualTo("British Sign Language interpreter");
    }

    @Test
    void theVenuesFeaturesAreListedInAlphabeticalOrder() {
        Session s = session();
        s.venue = venue(
                "12 High Street", AccessNeed.STEP_FREE_ACCESS, AccessNeed.HEARING_LOOP, AccessNeed.ACCESSIBLE_TOILET);
        s.breaks = true;
        assertThat(CalendarService.arrangements(s))
                .isEqualTo("regular breaks; venue offers accessible toilet, hearing loop, step free access");
    }

    @Test
    void aVenueWithoutFeaturesAddsNothing() {
        Session s = session();
        s.venue = venue("12 High Street");
        assertThat(CalendarService.arrangements(s)).isEqualTo("none booked");
    }
}
