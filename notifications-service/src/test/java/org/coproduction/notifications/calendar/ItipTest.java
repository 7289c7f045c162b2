package org.coproduction.notifications.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;

class ItipTest {

    private static final Itip.Person ORGANIZER = new Itip.Person("Co-production team", "team@coproduction.example");
    private static final Itip.Person GWEN = new Itip.Person("Gwenllïan ap Dafydd", "gwen@example.org");

    /** A file as sessions-service writes it: no METHOD, a time zone, a long Welsh description. */
    static String sessionFile(boolean cancelled, int sequence) throws Exception {
        ZoneId zone = ZoneId.of("Europe/London");
        VEvent event = new VEvent(
                ZonedDateTime.of(2026, 12, 14, 18, 0, 0, 0, zone),
                ZonedDateTime.of(2026, 12, 14, 20, 0, 0, 0, zone),
                "Gwrando ar beth aeth o'i le");
        event.add(new Uid("5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f@sessions.coproduction"));
        event.add(new Sequence(sequence));
        event.add(new Description("Clywed beth aeth o'i le pan ffoniodd pobl y llinell argyfwng. Dewch â'ch "
                + "profiad: ŵyr, ŷd, mêl, côr, llên — pob un yn bwysig i ni a'r gwasanaeth newydd."));
        event.add(new Location("Neuadd y Gymuned, 1 Stryd Fawr, Caerdydd"));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar()
                .withProdId("-//Co-production support suite//sessions-service//EN")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        calendar.add(TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone("Europe/London")
                .getVTimeZone());
        calendar.add(event);
        StringWriter out = new StringWriter();
        new CalendarOutputter(true).output(calendar, out);
        return out.toString();
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponents("VEVENT").get(0);
    }

    private static String param(Property property, String name) {
        return property.getParameter(name).map(Parameter::getValue).orElse(null);
    }

    @Test
    void aRequestNamesTheOrganiserAndTheReaderAndKeepsUidAndSequence() throws Exception {
        String message = Itip.message(sessionFile(false, 3), Itip.Method.REQUEST, ORGANIZER, GWEN)
                .orElseThrow();

        Calendar calendar = parse(message);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = event(calendar);
        assertThat(event.getProperty("UID").orElseThrow().getValue())
                .isEqualTo("5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f@sessions.coproduction");
        assertThat(event.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
        Property organizer = event.getProperty("ORGANIZER").orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:team@coproduction.example");
        assertThat(param(organizer, "CN")).isEqualTo("Co-production team");
        assertThat(event.getProperties("ATTENDEE")).hasSize(1);
        Attendee attendee = (Attendee) event.getProperty("ATTENDEE").orElseThrow();
        assertThat(attendee.getValue()).isEqualTo("mailto:gwen@example.org");
        assertThat(param(attendee, "CN")).isEqualTo("Gwenllïan ap Dafydd");
        assertThat(param(attendee, "ROLE")).isEqualTo("REQ-PARTICIPANT");
        assertThat(param(attendee, "PARTSTAT")).isEqualTo("NEEDS-ACTION");
        assertThat(param(attendee, "RSVP")).isEqualTo("FALSE");
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("ŵyr, ŷd, mêl");
    }

    @Test
    void aCancelSaysStatusCancelledEvenWhenTheFileDoesNot() throws Exception {
        String message = Itip.message(sessionFile(false, 4), Itip.Method.CANCEL, ORGANIZER, GWEN)
                .orElseThrow();

        Calendar calendar = parse(message);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event(calendar).getProperties("STATUS")).hasSize(1);
        assertThat(event(calendar).getProperty("STATUS").orElseThrow().getValue())
                .isEqualTo("CANCELLED");
        assertThat(event(calendar).getProperty("SEQUENCE").orElseThrow().getValue())
                .isEqualTo("4");
        assertThat(Itip.Method.CANCEL.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
    }

    @Test
    void anExistingMethodOrganiserOrAttendeeIsReplacedNotRepeated() throws Exception {
        String file = sessionFile(true, 1)
                .replace(
                        "BEGIN:VEVENT\r\n",
                        "BEGIN:VEVENT\r\nORGANIZER:mailto:old@example.org\r\n"
                                + "ATTENDEE:mailto:someone-else@example.org\r\n")
                .replace("VERSION:2.0\r\n", "VERSION:2.0\r\nMETHOD:PUBLISH\r\n");

        Calendar calendar =
                parse(Itip.message(file, Itip.Method.REQUEST, ORGANIZER, GWEN).orElseThrow());

        assertThat(calendar.getProperties("METHOD")).hasSize(1);
        assertThat(event(calendar).getProperties("ORGANIZER")).hasSize(1);
        assertThat(event(calendar).<Property>getProperties("ATTENDEE").stream()
                        .map(Property::getValue)
                        .toList())
                .containsExactly("mailto:gwen@example.org");
    }

    @Test
    void everyLineIsFoldedAtSeventyFiveOctetsNeverInsideACharacter() throws Exception {
        String message = Itip.message(sessionFile(false, 2), Itip.Method.REQUEST, ORGANIZER, GWEN)
                .orElseThrow();

        assertThat(message).endsWith("\r\n").doesNotContain("\r\n\r\n");
        String[] lines = message.split("\r\n");
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith(" "))).isNotEmpty();
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        // Only LF-free CRLF line ends.
        assertThat(message.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void foldingCountsOctetsNotCharacters() {
        String line = "DESCRIPTION:" + "ŵ".repeat(60);
        String folded = Itip.fold(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void somethingThatIsNotACalendarGivesNoPart() {
        assertThat(Itip.message("not a calendar", Itip.Method.REQUEST, ORGANIZER, GWEN))
                .isEmpty();
        assertThat(Itip.message(
                        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n",
                        Itip.Method.REQUEST,
                        ORGANIZER,
                        GWEN))
                .isEmpty();
    }

    @Test
    void aNameWithAQuoteOrControlCharacterStaysOneParameter() throws Exception {
        var odd = new Itip.Person("Sam \"the voice\"\u0007 O'Neil, MBE", "sam@example.org");
        Calendar calendar = parse(Itip.message(sessionFile(false, 0), Itip.Method.REQUEST, ORGANIZER, odd)
                .orElseThrow());
        assertThat(param(event(calendar).getProperty("ATTENDEE").orElseThrow(), "CN"))
                .isEqualTo("Sam  the voice   O'Neil, MBE");
    }
}
