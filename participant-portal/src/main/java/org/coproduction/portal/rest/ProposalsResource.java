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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.coproduction.portal.client.ServiceCallException;
import org.coproduction.portal.client.SessionsGateway;
import org.coproduction.portal.client.sessions.model.AgendaProject;
import org.coproduction.portal.client.sessions.model.Proposal;
import org.coproduction.portal.page.FormErrors;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.ProposalView;
import org.coproduction.portal.page.TimeWords;
import org.coproduction.portal.page.Words;
import org.coproduction.portal.signin.Visitor;

/**
 * Have your say: the proposals open in my projects, and for each my answer (agree / I have concerns / I object, with
 * a comment), the coordinator's written answer to my objection and withdrawing it, and once closed, the outcome.
 */
@Path("/proposals")
@Produces(MediaType.TEXT_HTML)
public class ProposalsResource {

    /** sessions-service keeps a comment of at most this many characters. */
    static final int MAX_COMMENT = 1000;

    private final Pages pages;
    private final Visitor visitor;
    private final SessionsGateway sessions;
    private final Clock clock;
    private final Template list;
    private final Template detail;

    public ProposalsResource(
            Pages pages,
            Visitor visitor,
            SessionsGateway sessions,
            Clock clock,
            @Location("proposals.html") Template list,
            @Location("proposal.html") Template detail) {
        this.pages = pages;
        this.visitor = visitor;
        this.sessions = sessions;
        this.clock = clock;
        this.list = list;
        this.detail = detail;
    }

    @GET
    public TemplateInstance list() {
        UUID me = visitor.participantId();
        ZoneId zone = TimeWords.zone(pages.person().value().getTimeZone());
        Words words = pages.words();
        record Found(Proposal proposal, String projectName) {}
        List<Found> found = new ArrayList<>();
        for (AgendaProject project : sessions.projects(me, OffsetDateTime.now(clock), visitor.bearer())) {
            for (Proposal p : sessions.openProposals(project.getProjectId(), visitor.bearer())) {
                found.add(new Found(p, project.getName()));
            }
        }
        // Soonest to close first: those are the ones to answer now.
        List<ProposalView> soonest = found.stream()
                .sorted(Comparator.comparing(
                        f -> f.proposal().getClosesAt(), Comparator.nullsLast(Comparator.naturalOrder())))
                .map(f -> ProposalView.of(f.proposal(), me, f.projectName(), zone, words))
                .toList();
        return pages.page(list, "proposals").data("proposals", soonest).data("zone", zone.getId());
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
        var m = pages.words().moneyAndProposals();
        String notice =
                "answer".equals(saved) ? m.proposalSaved() : "withdrawn".equals(saved) ? m.objectionWithdrawn() : null;
        return detailPage(sessions.proposal(id, visitor.bearer()), null, null, new FormErrors(), notice);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(
            @PathParam("id") UUID id,
            @FormParam("csrf") String csrf,
            @FormParam("answer") String answer,
            @FormParam("comment") String comment) {
        visitor.checkAntiForgery(csrf);
        var m = pages.words().moneyAndProposals();
        String chosen = answer != null && ProposalView.ANSWERS.contains(answer) ? answer : null;
        String said = comment == null ? "" : comment.replace("\r\n", "\n").strip();
        FormErrors errors = new FormErrors();
        if (chosen == null) {
            errors.add("answer-agree", m.errProposalAnswer());
        }
        if (said.length() > MAX_COMMENT || said.chars().anyMatch(c -> c == 0)) {
            errors.add("comment", pages.words().messages().errTooLong(Integer.toString(MAX_COMMENT)));
        }
        if (errors.any()) {
            Proposal p = sessions.proposal(id, visitor.bearer());
            return Response.status(400)
                    .entity(detailPage(p, chosen, comment, errors, null))
                    .build();
        }
        try {
            sessions.answerProposal(
                    id, visitor.participantId(), chosen, said.isEmpty() ? null : said, visitor.bearer());
        } catch (ServiceCallException e) {
            return closedMeanwhile(id, e);
        }
        return Response.seeOther(URI.create("/proposals/" + id + "?saved=answer"))
                .build();
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, @FormParam("csrf") String csrf) {
        visitor.checkAntiForgery(csrf);
        try {
            sessions.withdrawObjection(id, visitor.participantId(), visitor.bearer());
        } catch (ServiceCallException e) {
            return closedMeanwhile(id, e);
        }
        return Response.seeOther(URI.create("/proposals/" + id + "?saved=withdrawn"))
                .build();
    }

    /** A 409 here means the proposal closed while the page was open: show it closed rather than an error page. */
    private Response closedMeanwhile(UUID id, ServiceCallException e) {
        if (e.kind() != ServiceCallException.Kind.CONFLICT) {
            throw e;
        }
        Proposal now = sessions.proposal(id, visitor.bearer());
        return Response.status(409)
                .entity(detailPage(
                        now,
                        null,
                        null,
                        new FormErrors(),
                        pages.words().moneyAndProposals().proposalClosedNow()))
                .build();
    }

    private TemplateInstance detailPage(Proposal p, String chosen, String comment, FormErrors errors, String notice) {
        UUID me = visitor.participantId();
        ZoneId zone = TimeWords.zone(pages.person().value().getTimeZone());
        ProposalView view = ProposalView.of(p, me, null, zone, pages.words());
        return pages.page(detail, "proposals")
                .data("p", view)
                .data("zone", zone.getId())
                .data("selected", chosen != null ? chosen : view.myAnswer())
                .data("comment", comment != null ? comment : view.myComment())
                .data("errors", errors)
                .data("notice", notice);
    }
}
