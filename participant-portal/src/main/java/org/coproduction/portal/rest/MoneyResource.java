package org.coproduction.portal.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.client.SessionsGateway;
import org.coproduction.portal.client.Versioned;
import org.coproduction.portal.client.sessions.model.PaymentTotals;
import org.coproduction.portal.page.BenefitsLimitForm;
import org.coproduction.portal.page.FormErrors;
import org.coproduction.portal.page.MoneyWords;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.TimeWords;
import org.coproduction.portal.page.Words;
import org.coproduction.portal.signin.Visitor;

/**
 * Money: what the person was paid this year and is still owed, and their private benefits limit (who sees it: them
 * and the coordinators). Fresh links only, like needs. Always the signed-in person's own: the id comes from the token.
 */
@Path("/money")
@Produces(MediaType.TEXT_HTML)
public class MoneyResource {

    private final Pages pages;
    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final SessionsGateway sessions;
    private final Clock clock;
    private final Template money;

    public MoneyResource(
            Pages pages,
            Visitor visitor,
            ParticipantsGateway participants,
            SessionsGateway sessions,
            Clock clock,
            @Location("money.html") Template money) {
        this.pages = pages;
        this.visitor = visitor;
        this.participants = participants;
        this.sessions = sessions;
        this.clock = clock;
        this.money = money;
    }

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved, @QueryParam("forgotten") String forgotten) {
        visitor.requireFreshLink();
        Versioned<JsonNode> stored = participants.benefitsLimit(visitor.participantId(), visitor.bearer());
        Words words = pages.words();
        String notice = saved != null
                ? words.messages().saved()
                : forgotten != null ? words.moneyAndProposals().benefitsForgotten() : null;
        return page(BenefitsLimitForm.stored(stored.value()), version(stored), new FormErrors(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @FormParam("csrf") String csrf,
            @FormParam("version") String version,
            @FormParam("affects") String affects,
            @FormParam("limit") String limit,
            @FormParam("period") String period,
            @FormParam("weekStart") String weekStart,
            @FormParam("monthDay") String monthDay,
            @FormParam("notes") String notes) {
        visitor.checkAntiForgery(csrf);
        visitor.requireFreshLink();
        BenefitsLimitForm form = BenefitsLimitForm.read(affects, limit, period, weekStart, monthDay, notes);
        Words words = pages.words();
        FormErrors errors = form.check(words.messages(), words.moneyAndProposals());
        String etag = etag(version);
        if (errors.any()) {
            return Response.status(400)
                    .entity(page(form, version == null ? "" : version.strip(), errors, null))
                    .build();
        }
        // The version the form was shown with: a coordinator's change in between is a 412, never overwritten.
        participants.setBenefitsLimit(visitor.participantId(), form.body(), etag, visitor.bearer());
        return Response.seeOther(URI.create("/money?saved=1")).build();
    }

    @POST
    @Path("forget")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forget(@FormParam("csrf") String csrf) {
        visitor.checkAntiForgery(csrf);
        visitor.requireFreshLink();
        participants.forgetBenefitsLimit(visitor.participantId(), visitor.bearer());
        return Response.seeOther(URI.create("/money?forgotten=1")).build();
    }

    private TemplateInstance page(BenefitsLimitForm form, String version, FormErrors errors, String notice) {
        Words words = pages.words();
        String zone = pages.person().value().getTimeZone();
        int year = LocalDate.now(clock.withZone(TimeWords.zone(zone))).getYear();
        PaymentTotals totals = sessions.totals(visitor.participantId(), year, visitor.bearer());
        List<NeedsResource.Choice> days = BenefitsLimitForm.DAYS.stream()
                .map(d -> new NeedsResource.Choice(d, words.label("day", d), d.equals(form.weekStart())))
                .toList();
        return pages.page(money, "money")
                .data("year", Integer.toString(year))
                .data("totals", MoneyWords.of(totals, words))
                .data("form", form)
                .data("days", days)
                .data("version", version)
                .data("errors", errors)
                .data("notice", notice);
    }

    private static String version(Versioned<JsonNode> stored) {
        return stored.value().path("version").asText("0");
    }

    /**
     * The form's version as an If-Match tag. None for a limit never set (version 0: there is nothing to overwrite) or
     * for anything but a number.
     */
    private static String etag(String version) {
        return version != null
                        && version.strip().matches("[0-9]{1,18}")
                        && !version.strip().matches("0+")
                ? "\"" + version.strip() + "\""
                : null;
    }
}
