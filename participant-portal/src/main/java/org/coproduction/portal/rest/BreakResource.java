package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.client.participants.model.Participant;
import org.coproduction.portal.page.FormErrors;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.TimeWords;
import org.coproduction.portal.page.Words;
import org.coproduction.portal.signin.Visitor;

/** Taking a break or leaving: the only status changes a participant may make for themself. */
@Path("/break")
@Produces(MediaType.TEXT_HTML)
public class BreakResource {

    private final Pages pages;
    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final Template breakPage;
    private final Template message;

    public BreakResource(
            Pages pages,
            Visitor visitor,
            ParticipantsGateway participants,
            @Location("break.html") Template breakPage,
            @Location("message.html") Template message) {
        this.pages = pages;
        this.visitor = visitor;
        this.participants = participants;
        this.breakPage = breakPage;
        this.message = message;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        return page(new FormErrors(), saved);
    }

    @POST
    @Path("pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(@FormParam("csrf") String csrf, @FormParam("until") String until) {
        visitor.checkAntiForgery(csrf);
        Participant person = pages.person().value();
        ZoneId zone = TimeWords.zone(person.getTimeZone());
        LocalDate today = LocalDate.now(zone);
        LocalDate back = parse(until);
        if (back == null || !back.isAfter(today) || back.isAfter(today.plusYears(1))) {
            FormErrors errors =
                    new FormErrors().add("until", pages.words().messages().errPauseDate());
            return Response.status(400).entity(page(errors, null)).build();
        }
        Map<String, Object> change = new HashMap<>();
        change.put("status", "PAUSED");
        change.put("pausedUntil", back.toString());
        participants.update(visitor.participantId(), change, pages.person().etag(), visitor.bearer());
        return Response.seeOther(URI.create("/break?saved=paused")).build();
    }

    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@FormParam("csrf") String csrf) {
        visitor.checkAntiForgery(csrf);
        if (pages.person().value().getStatus() == Participant.StatusEnum.PAUSED) {
            participants.update(
                    visitor.participantId(),
                    Map.of("status", "ACTIVE"),
                    pages.person().etag(),
                    visitor.bearer());
        }
        return Response.seeOther(URI.create("/break?saved=resumed")).build();
    }

    @POST
    @Path("leave")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@FormParam("csrf") String csrf, @FormParam("confirm") String confirm) {
        visitor.checkAntiForgery(csrf);
        if (!"yes".equals(confirm)) {
            FormErrors errors = new FormErrors()
                    .add("leave-confirm", pages.words().messages().errLeaveConfirm());
            return Response.status(400).entity(page(errors, null)).build();
        }
        Words words = pages.words();
        participants.update(
                visitor.participantId(),
                Map.of("status", "WITHDRAWN"),
                pages.person().etag(),
                visitor.bearer());
        visitor.end();
        return Response.ok(pages.page(message, null)
                        .data("title", words.messages().leftTitle())
                        .data("text", words.messages().leftText())
                        .data("offerLink", false))
                .build();
    }

    private TemplateInstance page(FormErrors errors, String saved) {
        Participant person = pages.person().value();
        Words words = pages.words();
        ZoneId zone = TimeWords.zone(person.getTimeZone());
        boolean paused = person.getStatus() == Participant.StatusEnum.PAUSED && person.getPausedUntil() != null;
        String until = paused ? TimeWords.day(person.getPausedUntil(), words.locale()) : null;
        String notice = "paused".equals(saved) && paused
                ? words.messages().breakStarted(until)
                : "resumed".equals(saved) ? words.messages().breakEnded() : null;
        LocalDate today = LocalDate.now(zone);
        return pages.page(breakPage, "break")
                .data("paused", paused)
                .data("pausedNote", paused ? words.messages().paused(until) : null)
                .data("minDate", today.plusDays(1).toString())
                .data("maxDate", today.plusYears(1).toString())
                .data("errors", errors)
                .data("notice", notice);
    }

    private static LocalDate parse(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
