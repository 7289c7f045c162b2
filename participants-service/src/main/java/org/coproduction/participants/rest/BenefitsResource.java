package org.coproduction.participants.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.participants.api.BenefitsCheckRequest;
import org.coproduction.participants.api.BenefitsCheckResponse;
import org.coproduction.participants.api.BenefitsLimitRequest;
import org.coproduction.participants.api.BenefitsLimitResponse;
import org.coproduction.participants.service.BenefitsService;
import org.coproduction.participants.service.Caller;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.security.Subjects;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/participants/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Benefits",
        description = "A person's private note that payments for time may affect their benefits, and the limit they"
                + " want to stay under in each week or monthly assessment period. The limit never leaves this service"
                + " except to the person and coordinators; other services ask only whether a payment would cross it"
                + " and hear yes or no. Every read, change and check is audited (part BENEFITS).")
@SecurityRequirement(name = "bearer")
public class BenefitsResource {

    private static final String VERSION_TAG =
            "The limit's version in quotes, such as \"1\" (\"0\" when none is set): send it back in `If-Match`.";

    private final BenefitsService benefits;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public BenefitsResource(BenefitsService benefits, SecurityIdentity identity, JsonWebToken token) {
        this.benefits = benefits;
        this.identity = identity;
        this.token = token;
    }

    @GET
    @Path("/benefits-limit")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "getBenefitsLimit",
            summary = "Read a person's benefits limit",
            description = "The person themself or a coordinator; never another service (they ask benefits-check)."
                    + " Not part of the participant's record, its list or lookup. Never set: 200 with"
                    + " `paymentsMayAffectBenefits` false, the rest null and version 0. Each read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The limit, or that none is set; `ETag` carries its version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BenefitsLimitResponse.class)))
    @APIResponse(
            responseCode = "403",
            description = "A service's token, or a participant asked about someone else (whether or not that id"
                    + " exists).")
    @APIResponse(responseCode = "404", description = "No participant with this id (or erased).")
    public Response get(@PathParam("id") UUID id) {
        BenefitsLimitResponse found = benefits.get(id, caller());
        return Response.ok(found).tag(EntityTags.of(found.version())).build();
    }

    @PUT
    @Path("/benefits-limit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "setBenefitsLimit",
            summary = "Set a person's benefits limit",
            description = "The person themself or a coordinator. Replaces the whole limit; `updatedAt` and `version`"
                    + " as read are accepted and ignored. `limit` and `period` both or neither; WEEK takes a day name in"
                    + " `periodStartsOn` (default MONDAY), MONTH a day of the month 1..31 (default 1). The same"
                    + " content again changes nothing. Audited as a change of BENEFITS.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BenefitsLimitRequest.class),
                            examples = {
                                @ExampleObject(
                                        name = "weekly",
                                        value = "{\"paymentsMayAffectBenefits\": true, \"limit\": 20.00, \"period\":"
                                                + " \"WEEK\", \"periodStartsOn\": \"MONDAY\", \"notes\": null}"),
                                @ExampleObject(
                                        name = "Universal Credit",
                                        value = "{\"paymentsMayAffectBenefits\": true, \"limit\": 150.00,"
                                                + " \"period\": \"MONTH\", \"periodStartsOn\": 31}")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "Saved; `ETag` carries the new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BenefitsLimitResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid: every bad field is listed (a limit without a period or the other way round, a"
                    + " limit not more than 0, over 100000, with more than 2 decimal places or sent as a string, a"
                    + " limit when `paymentsMayAffectBenefits` is false, a start that does not fit the period, notes"
                    + " over 500 characters); or a malformed `If-Match`.")
    @APIResponse(
            responseCode = "403",
            description = "A service's token, or a participant named someone else (whether or not that id exists).")
    @APIResponse(responseCode = "404", description = "No participant with this id (or erased).")
    @APIResponse(responseCode = "409", description = "Someone changed the limit at the same moment (without If-Match).")
    @APIResponse(
            responseCode = "412",
            description = "`If-Match` names another version: someone changed the limit first. Nothing was changed.")
    public Response set(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "The ETag you read; the change is refused if the limit has changed since.",
                            example = "\"1\"")
                    @HeaderParam(EntityTags.IF_MATCH)
                    String ifMatch,
            BenefitsLimitRequest request) {
        BenefitsLimitResponse saved = benefits.set(id, request, EntityTags.expectedVersion(ifMatch), caller());
        return Response.ok(saved).tag(EntityTags.of(saved.version())).build();
    }

    @DELETE
    @Path("/benefits-limit")
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "forgetBenefitsLimit",
            summary = "Forget a person's benefits limit",
            description = "The person themself or a coordinator. Deletes it outright (from then on it reads as never"
                    + " set, and checks answer false). Forgetting one that is not there is no error. Audited as a"
                    + " change of BENEFITS when there was one.")
    @APIResponse(responseCode = "204", description = "Forgotten.")
    @APIResponse(
            responseCode = "403",
            description = "A service's token, or a participant named someone else (whether or not that id exists).")
    @APIResponse(responseCode = "404", description = "No participant with this id (or erased).")
    public void forget(@PathParam("id") UUID id) {
        benefits.forget(id, caller());
    }

    @POST
    @Path("/benefits-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SERVICE, Roles.COORDINATOR})
    @Operation(
            operationId = "checkBenefitsLimit",
            summary = "Would a payment cross the person's benefits limit?",
            description = "For sessions-service before it approves a payment for time in money, or a coordinator."
                    + " Answers yes or no only: true when the proposed amount plus the earlier payments that fall in"
                    + " the same period (the week or month containing `proposed.on`, as the person set it) is more"
                    + " than their limit; exactly at the limit is not over it. No limit recorded: false. The limit,"
                    + " its period and the total are never in the answer. Audited as a read of BENEFITS by the caller.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BenefitsCheckRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "a second payment in the week",
                                            value = "{\"proposed\": {\"amount\": 25.00, \"on\": \"2027-03-05\"},"
                                                    + " \"earlier\": [{\"amount\": 10.00, \"on\": \"2027-03-01\"}]}")))
    @APIResponse(
            responseCode = "200",
            description = "Yes or no.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BenefitsCheckResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid: every bad field is listed (an amount missing, not more than 0, over 100000, with"
                    + " more than 2 decimal places or sent as a string, a day missing, more than 500 earlier"
                    + " payments).")
    @APIResponse(responseCode = "403", description = "A participant's token.")
    @APIResponse(responseCode = "404", description = "No participant with this id (or erased).")
    public BenefitsCheckResponse check(@PathParam("id") UUID id, BenefitsCheckRequest request) {
        return new BenefitsCheckResponse(benefits.crossesLimit(id, request));
    }

    private Caller caller() {
        if (identity.hasRole(Roles.COORDINATOR)) {
            return Caller.coordinatorCaller();
        }
        // A participant token whose subject is not a participant id may see nobody.
        return Subjects.participantId(token).map(Caller::participant).orElse(new Caller(false, Optional.empty()));
    }
}
