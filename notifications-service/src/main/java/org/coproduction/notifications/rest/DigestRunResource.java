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
import org.coproduction.platform.ratelimit.RateLimited;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/digests/runs")
@Tag(name = DigestRunResource.TAG, description = DigestRunResource.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class DigestRunResource {

    /** One tag for the digest operations of this class and {@link PreviewResource}, with one description. */
    static final String TAG = "Digests";

    static final String TAG_DESCRIPTION =
            "Each person's scheduled digest: run the digest job now, follow a run, and preview a person's digest.";

    private final DigestRunService runs;
    private final DigestRunStore store;

    public DigestRunResource(DigestRunService runs, DigestRunStore store) {
        this.runs = runs;
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @RateLimited("digest-runs")
    @Operation(
            operationId = "startDigestRun",
            summary = "Run the digest job now",
            description = "For everyone who is due, or only the people named; force sends even if not due, and"
                    + " counts as the period's digest unless countsForPeriod is false. "
                    + "The body is required: {} runs for everyone. An empty participantIds ([]) is refused with 400: "
                    + "leave the member out to mean everyone. Answers at once; follow the run at its Location.")
    @APIResponse(
            responseCode = "202",
            description = "Run started",
            headers =
                    @Header(
                            name = "Location",
                            description = "Where to follow the run",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RunAccepted.class),
                            examples =
                                    @ExampleObject(
                                            name = "queued",
                                            summary = "A run just started",
                                            value =
                                                    "{\"id\":\"6f1c2c6e-1f7e-4a8e-9d7a-2b1f8c0d9e11\",\"status\":\"QUEUED\"}")))
    @APIResponse(
            responseCode = "400",
            description =
                    "The body is missing or not valid (participantIds empty, for one); the problem names each field")
    public Response start(@Valid RunRequest body) {
        RunRequest request = body == null ? new RunRequest(null, null) : body;
        UUID id = runs.start(request.participantIds(), request.forced(), request.countsForThePeriod());
        return Response.accepted(new RunAccepted(id, "QUEUED"))
                .location(URI.create("/digests/runs/" + id))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "getDigestRun",
            summary = "How a run is going",
            description = "Its status, and counts of the deliveries the run created by what became of them.")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RunCounts.class),
                            examples =
                                    @ExampleObject(
                                            name = "completed",
                                            summary = "A finished run: two sent, one skipped",
                                            value = "{\"id\":\"6f1c2c6e-1f7e-4a8e-9d7a-2b1f8c0d9e11\","
                                                    + "\"status\":\"COMPLETED\",\"forced\":false,\"trigger\":\"OPS\","
                                                    + "\"due\":3,\"sent\":2,\"failed\":0,\"skipped\":1,\"waiting\":0,\"ready\":0,"
                                                    + "\"error\":null,\"createdAt\":\"2027-03-29T07:00:00Z\","
                                                    + "\"finishedAt\":\"2027-03-29T07:00:04Z\",\"leftOut\":[]}")))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such run")
    public RunCounts get(
            @Parameter(description = "The run's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id) {
        QueryParams params = new QueryParams();
        UUID runId = params.uuid("id", id);
        params.check();
        return store.counts(runId).orElseThrow(() -> new UnknownResourceException("No digest run with this id."));
    }
}
