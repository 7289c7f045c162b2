package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.TrainingSuggestionDto;
import org.coproduction.sessions.service.TrainingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/training")
@Tag(name = "Training", description = "Upcoming training matched to people's interests and how they like to learn.")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {
    private final TrainingService training;

    public TrainingResource(TrainingService training) {
        this.training = training;
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT, Roles.SERVICE})
    @Operation(
            operationId = "listTrainingSuggestions",
            summary = "Suggest training for a person",
            description = "SCHEDULED TRAINING sessions starting after now that share a topic with the person's "
                    + "support.trainingInterests, in their support.preference (GROUP or ONE_TO_ONE; NO_PREFERENCE "
                    + "takes both), that they have not said they cannot come to and, when one to one, that nobody "
                    + "else coming has taken. Soonest first, paged. A participant may ask only for themself.")
    @APIResponse(responseCode = "200", description = "One page of suggestions")
    @APIResponse(responseCode = "400", description = "participantId missing or not a UUID, or bad paging")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not do this, or a participant asked for someone else")
    @APIResponse(responseCode = "404", description = "participants-service does not know this person")
    @APIResponse(responseCode = "503", description = "participants-service is down")
    public Page<TrainingSuggestionDto> suggestions(
            @Parameter(
                            description = "The person to suggest training for",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("participantId")
                    String participantId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        UUID participant = params.uuid("participantId", participantId);
        if (participant == null && (participantId == null || participantId.isBlank())) {
            params.invalid("participantId", "is required");
        }
        PageRequest paging = params.page(page, size);
        params.check();
        return training.suggestions(participant, paging);
    }
}
