package org.coproduction.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import org.coproduction.notifications.delivery.summary.DeliverySummaryService;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How digests reached people: sessions-service's National Standards evidence asks it (Communication). */
@Path("/deliveries/summary")
@Tag(
        name = "Deliveries",
        description = "The log of every digest and notice sent or still to send, and trying one again when it failed.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliverySummaryResource {
    private final DeliverySummaryService summaries;

    public DeliverySummaryResource(DeliverySummaryService summaries) {
        this.summaries = summaries;
    }

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.COORDINATOR})
    @Operation(
            operationId = "summariseDeliveries",
            summary = "How digests reached some people over a period",
            description = "For 1 to 1000 people: the digests that fell due from `from` to `to` (a digest falls due at "
                    + "the end of what it covers), how many went out (sent, or their letter or call sheet made ready) "
                    + "within 24 hours of falling due, how many people were sent any, and how many of those got every "
                    + "digest in the language and format they asked for. Counts only: names no one.")
    @APIResponse(
            responseCode = "200",
            description = "The counts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliverySummary.class)))
    @APIResponse(
            responseCode = "400",
            description = "No ids or more than 1000, a missing period, `to` not after `from`, or more than 5 years")
    public DeliverySummary summarise(@Valid @NotNull DeliverySummaryRequest body) {
        if (!body.to().isAfter(body.from())) {
            throw InvalidInputException.of("to", "must be after from");
        }
        if (body.to().isAfter(body.from().atOffset(ZoneOffset.UTC).plusYears(5).toInstant())) {
            throw InvalidInputException.of("to", "must be at most 5 years after from");
        }
        return DeliverySummary.of(summaries.summarise(
                new ArrayList<>(new LinkedHashSet<>(body.participantIds())), body.from(), body.to()));
    }
}
