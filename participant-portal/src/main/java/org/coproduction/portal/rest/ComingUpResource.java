package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.coproduction.portal.client.SessionsGateway;
import org.coproduction.portal.client.sessions.model.AnswerChoice;
import org.coproduction.portal.page.FormErrors;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.SessionView;
import org.coproduction.portal.page.TimeWords;
import org.coproduction.portal.page.Words;
import org.coproduction.portal.signin.Visitor;

/** Coming up: my sessions, and my answer to each ("I'm coming" / "I can't come"). */
@Path("/coming-up")
@Produces(MediaType.TEXT_HTML)
public class ComingUpResource {

    /** sessions-service keeps a reason of at most this many characters. */
    static final int MAX_REASON = 500;

    private final Pages pages;
    private final Visitor visitor;
    private final SessionsGateway sessions;
    private final Template list;
    private final Template detail;

    public ComingUpResource(
            Pages pages,
            Visitor visitor,
            SessionsGateway sessions,
            @Location("coming-up.html") Template list,
            @Location("session.html") Template detail) {
        this.pages = pages;
        this.visitor = visitor;
        this.sessions = sessions;
        this.list = list;
        this.detail = detail;
    }

    @GET
    public TemplateInstance list() {
        UUID me = visitor.participantId();
        ZoneId zone = TimeWords.zone(pages.person().value().getTimeZone());
        Words words = pages.words();
        List<SessionView> coming =
                sessions.upcoming(me, OffsetDateTime.now(ZoneOffset.UTC).minusHours(12), visitor.bearer()).stream()
                        .map(s -> SessionView.of(s, me, zone, words))
                        .toList();
        return pages.page(list, "coming-up").data("sessions", coming).data("zone", zone.getId());
    }

    /** One session and the answer form; {@code answer} (from an email's answer link) chooses the answer to confirm. */
    @GET
    @Path("{id}")
    public TemplateInstance detail(
            @PathParam("id") UUID id, @QueryParam("answer") String answer, @QueryParam("saved") String saved) {
        return detailPage(id, choice(answer), null, new FormErrors(), saved);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(
            @PathParam("id") UUID id,
            @FormParam("csrf") String csrf,
            @FormParam("answer") String answer,
            @FormParam("reason") String reason) {
        visitor.checkAntiForgery(csrf);
        AnswerChoice choice = choice(answer);
        String why = reason == null || reason.isBlank() || choice == AnswerChoice.COMING ? null : reason.strip();
        FormErrors errors = new FormErrors();
        var m = pages.words().messages();
        if (choice == null) {
            errors.add("answer-coming", m.errAnswer());
        }
        if (why != null && (why.length() > MAX_REASON || why.chars().anyMatch(c -> c == 0))) {
            errors.add("reason", m.errTooLong(Integer.toString(MAX_REASON)));
        }
        if (errors.any()) {
            return Response.status(400)
                    .entity(detailPage(id, choice, reason, errors, null))
                    .build();
        }
        sessions.answer(id, visitor.participantId(), choice, why, visitor.bearer());
        return Response.seeOther(URI.create("/coming-up/" + id + "?saved=" + choice.getValue()))
                .build();
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") UUID id) {
        String ics = sessions.calendar(id, visitor.bearer());
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"")
                .build();
    }

    private TemplateInstance detailPage(UUID id, AnswerChoice chosen, String reason, FormErrors errors, String saved) {
        UUID me = visitor.participantId();
        ZoneId zone = TimeWords.zone(pages.person().value().getTimeZone());
        Words words = pages.words();
        SessionView session = SessionView.of(sessions.get(id, visitor.bearer()), me, zone, words);
        String notice = "COMING".equals(saved)
                ? words.messages().savedComing()
                : "NOT_COMING".equals(saved) ? words.messages().savedNotComing() : null;
        String selected = chosen != null ? chosen.getValue() : session.myAnswer();
        return pages.page(detail, "coming-up")
                .data("session", session)
                .data("zone", zone.getId())
                .data("selected", selected == null ? "" : selected)
                .data("confirming", chosen != null && saved == null && !errors.any())
                .data("reason", reason != null ? reason : session.myReason() == null ? "" : session.myReason())
                .data("errors", errors)
                .data("notice", notice);
    }

    private static AnswerChoice choice(String answer) {
        if ("COMING".equals(answer)) {
            return AnswerChoice.COMING;
        }
        return "NOT_COMING".equals(answer) ? AnswerChoice.NOT_COMING : null;
    }
}
