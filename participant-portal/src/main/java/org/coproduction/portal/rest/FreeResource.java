package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.client.Versioned;
import org.coproduction.portal.client.participants.model.Absence;
import org.coproduction.portal.client.participants.model.Availability;
import org.coproduction.portal.client.participants.model.Participant;
import org.coproduction.portal.client.participants.model.WeeklyWindow;
import org.coproduction.portal.page.AvailabilityForms;
import org.coproduction.portal.page.FormErrors;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.TimeWords;
import org.coproduction.portal.page.Words;
import org.coproduction.portal.signin.Visitor;

/** When I'm free: weekly times, time away, notice needed and how many sessions a month. */
@Path("/free")
@Produces(MediaType.TEXT_HTML)
public class FreeResource {

    /** A row of the weekly form. */
    @TemplateData
    public record Row(int n, String day, String start, String end) {
        public int number() {
            return n + 1;
        }

        public String dayId() {
            return "day-" + n;
        }

        public String startId() {
            return "start-" + n;
        }

        public String endId() {
            return "end-" + n;
        }
    }

    /** A time away as listed, with its place in the list (to remove it). */
    @TemplateData
    public record AwayRow(int index, String text, String reason) {}

    /** A choice in a select: value, label. */
    @TemplateData
    public record Option(String value, String label) {}

    private static final List<String> DAYS =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private final Pages pages;
    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final Template free;

    public FreeResource(
            Pages pages, Visitor visitor, ParticipantsGateway participants, @Location("free.html") Template free) {
        this.pages = pages;
        this.visitor = visitor;
        this.participants = participants;
        this.free = free;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        return page(
                null, new FormErrors(), saved != null ? pages.words().messages().saved() : null);
    }

    @POST
    @Path("weekly")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response weekly(MultivaluedMap<String, String> form) {
        visitor.checkAntiForgery(form.getFirst("csrf"));
        FormErrors errors = new FormErrors();
        List<Map<String, Object>> windows =
                AvailabilityForms.weekly(form, pages.words().messages(), errors);
        if (errors.any()) {
            return Response.status(400).entity(page(form, errors, null)).build();
        }
        return save(Map.of("weekly", windows));
    }

    @POST
    @Path("absences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAbsence(
            @FormParam("csrf") String csrf,
            @FormParam("from") String from,
            @FormParam("to") String to,
            @FormParam("reason") String reason) {
        visitor.checkAntiForgery(csrf);
        FormErrors errors = new FormErrors();
        Participant person = pages.person().value();
        Map<String, Object> absence = AvailabilityForms.absence(
                from,
                to,
                reason,
                TimeWords.zone(person.getTimeZone()),
                pages.words().messages(),
                errors);
        if (errors.any()) {
            return Response.status(400).entity(page(null, errors, null)).build();
        }
        List<Map<String, Object>> all = absences(person);
        all.add(absence);
        return save(Map.of("unavailable", all));
    }

    @POST
    @Path("absences/{index}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeAbsence(@PathParam("index") int index, @FormParam("csrf") String csrf) {
        visitor.checkAntiForgery(csrf);
        List<Map<String, Object>> all = absences(pages.person().value());
        if (index >= 0 && index < all.size()) {
            all.remove(index);
        }
        return save(Map.of("unavailable", all));
    }

    @POST
    @Path("limits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response limits(
            @FormParam("csrf") String csrf,
            @FormParam("minNoticeDays") String notice,
            @FormParam("maxSessionsPerMonth") String max) {
        visitor.checkAntiForgery(csrf);
        FormErrors errors = new FormErrors();
        var m = pages.words().messages();
        Integer noticeDays = AvailabilityForms.number(notice, 0, 365, "min-notice-days", m, errors);
        Integer perMonth = AvailabilityForms.number(max, 0, 100, "max-sessions", m, errors);
        if (errors.any()) {
            return Response.status(400).entity(page(null, errors, null)).build();
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("minNoticeDays", noticeDays == null ? 0 : noticeDays);
        change.put("maxSessionsPerMonth", perMonth);
        return save(change);
    }

    private Response save(Map<String, Object> availability) {
        Versioned<Participant> person = pages.person();
        participants.update(
                visitor.participantId(), Map.of("availability", availability), person.etag(), visitor.bearer());
        return Response.seeOther(URI.create("/free?saved=1")).build();
    }

    private TemplateInstance page(MultivaluedMap<String, String> posted, FormErrors errors, String notice) {
        Participant person = pages.person().value();
        Words words = pages.words();
        ZoneId zone = TimeWords.zone(person.getTimeZone());
        Availability availability = person.getAvailability() == null ? new Availability() : person.getAvailability();
        List<Row> rows = new ArrayList<>();
        if (posted != null) {
            for (int n = 0; n < AvailabilityForms.MAX_ROWS; n++) {
                String day = posted.getFirst("day-" + n);
                if (day != null) {
                    rows.add(new Row(n, day, posted.getFirst("start-" + n), posted.getFirst("end-" + n)));
                }
            }
        } else {
            List<WeeklyWindow> weekly = availability.getWeekly() == null ? List.of() : availability.getWeekly();
            for (WeeklyWindow w : weekly) {
                rows.add(new Row(rows.size(), w.getDay().getValue(), w.getStart(), w.getEnd()));
            }
            for (int blank = 0; blank < 2 && rows.size() < AvailabilityForms.MAX_ROWS; blank++) {
                rows.add(new Row(rows.size(), "", "", ""));
            }
        }
        List<AwayRow> away = new ArrayList<>();
        List<Absence> absences = availability.getUnavailable() == null ? List.of() : availability.getUnavailable();
        for (Absence a : absences) {
            String first = TimeWords.day(a.getFrom().atZoneSameInstant(zone).toLocalDate(), words.locale());
            String last = TimeWords.day(
                    a.getTo().minusSeconds(1).atZoneSameInstant(zone).toLocalDate(), words.locale());
            away.add(new AwayRow(away.size(), words.messages().awayFromTo(first, last), a.getReason()));
        }
        List<Option> days = new ArrayList<>();
        days.add(new Option("", words.messages().noDay()));
        DAYS.forEach(d -> days.add(new Option(d, words.label("day", d))));
        return pages.page(free, "free")
                .data("rows", rows)
                .data("days", days)
                .data("away", away)
                .data("zone", zone.getId())
                .data("minNoticeDays", availability.getMinNoticeDays() == null ? 0 : availability.getMinNoticeDays())
                .data(
                        "maxSessionsPerMonth",
                        availability.getMaxSessionsPerMonth() == null ? "" : availability.getMaxSessionsPerMonth())
                .data("errors", errors)
                .data("notice", notice);
    }

    private static List<Map<String, Object>> absences(Participant person) {
        List<Map<String, Object>> all = new ArrayList<>();
        Availability availability = person.getAvailability();
        if (availability == null || availability.getUnavailable() == null) {
            return all;
        }
        for (Absence a : availability.getUnavailable()) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("from", a.getFrom().toInstant().toString());
            kept.put("to", a.getTo().toInstant().toString());
            kept.put("reason", a.getReason());
            all.add(kept);
        }
        return all;
    }
}
