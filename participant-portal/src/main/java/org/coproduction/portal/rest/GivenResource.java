package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.coproduction.portal.client.SessionsGateway;
import org.coproduction.portal.client.sessions.model.Contribution;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.Words;
import org.coproduction.portal.signin.Visitor;

/** What I've given: sessions attended and hours over the last year, with thanks. */
@Path("/given")
@Produces(MediaType.TEXT_HTML)
public class GivenResource {

    private final Pages pages;
    private final Visitor visitor;
    private final SessionsGateway sessions;
    private final Template given;

    public GivenResource(
            Pages pages, Visitor visitor, SessionsGateway sessions, @Location("given.html") Template given) {
        this.pages = pages;
        this.visitor = visitor;
        this.sessions = sessions;
        this.given = given;
    }

    @GET
    public TemplateInstance show() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Contribution c = sessions.contribution(visitor.participantId(), now.minusYears(1), now, visitor.bearer());
        Words words = pages.words();
        long attended = c == null || c.getSessionsAttended() == null ? 0 : c.getSessionsAttended();
        BigDecimal hours = c == null || c.getHours() == null ? BigDecimal.ZERO : c.getHours();
        NumberFormat number = NumberFormat.getNumberInstance(words.locale());
        number.setMaximumFractionDigits(1);
        String summary = attended == 0
                ? words.messages().givenNone()
                : words.messages().givenText(Long.toString(attended), number.format(hours));
        return pages.page(given, "given").data("summary", summary).data("thanks", attended > 0);
    }
}
