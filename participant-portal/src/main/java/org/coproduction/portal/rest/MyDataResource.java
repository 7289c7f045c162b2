package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.signin.Visitor;

/** My data: everything the suite holds on me, as participants-service's export. Needs a fresh link. */
@Path("/my-data")
@Produces(MediaType.TEXT_HTML)
public class MyDataResource {

    private final Pages pages;
    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final Template myData;

    public MyDataResource(
            Pages pages, Visitor visitor, ParticipantsGateway participants, @Location("my-data.html") Template myData) {
        this.pages = pages;
        this.visitor = visitor;
        this.participants = participants;
        this.myData = myData;
    }

    @GET
    public TemplateInstance show() {
        visitor.requireFreshLink();
        return pages.page(myData, "my-data");
    }

    @GET
    @Path("download")
    @Produces(MediaType.APPLICATION_JSON)
    public Response download() {
        visitor.requireFreshLink();
        String json = participants.exportJson(visitor.participantId(), visitor.bearer());
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"my-data.json\"")
                .build();
    }
}
