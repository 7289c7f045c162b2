package org.coproduction.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.coproduction.notifications.run.DigestRunService;
import org.coproduction.notifications.run.DigestRunStore;
import org.coproduction.notifications.run.RunCounts;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/digests/runs")
@Tag(name = "Digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestRunResource {

    private final DigestRunService runs;
    private final DigestRunStore store;

    public DigestRunResource(DigestRunService runs, DigestRunStore store) {
        this.runs = runs;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            summary = "Run the digest job now",
            description = "For everyone who is due, or only the people named; "
                    + "force sends even if not due. Answers at once; follow the run at its Location.")
    @APIResponse(
            responseCode = "202",
            description = "Run started",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"id\":\"6f1c2c6e-1f7e-4a8e-9d7a-2b1f8c0d9e11\",\"status\":\"QUEUED\"}")))
    @APIResponse(responseCode = "400", description = "Invalid request")
    public Response start(@Valid RunRequest body) {
        RunRequest request = body == null ? new RunRequest(null, null) : body;
        UUID id = runs.start(request.participantIds(), request.forced());
        return Response.accepted(new RunAccepted(id, "QUEUED"))
                .location(URI.create("/digests/runs/" + id))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            summary = "How a run is going",
            description =
                    "status is QUEUED, RUNNING, WAITING (some deliveries wait "
                            + "for a retry or a dependency), COMPLETED or ABORTED; counts are of the deliveries the run claimed.")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"id\":\"6f1c2c6e-1f7e-4a8e-9d7a-2b1f8c0d9e11\",\"status\":\"COMPLETED\","
                                                            + "\"forced\":false,\"trigger\":\"OPS\",\"due\":3,\"sent\":2,\"failed\":0,\"skipped\":1,\"waiting\":0}")))
    @APIResponse(responseCode = "404", description = "No such run")
    public RunCounts get(@PathParam("id") String id) {
        QueryParams params = new QueryParams();
        UUID runId = params.uuid("id", id);
        params.check();
        return store.counts(runId).orElseThrow(() -> new UnknownResourceException("No digest run with this id."));
    }
}
