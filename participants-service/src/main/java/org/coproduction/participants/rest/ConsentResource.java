package org.coproduction.participants.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.participants.api.ConsentEventDto;
import org.coproduction.participants.api.ConsentWithdrawal;
import org.coproduction.participants.api.ParticipantResponse;
import org.coproduction.participants.service.Caller;
import org.coproduction.participants.service.ConsentService;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.security.Subjects;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/participants/{id}/consent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Consent",
        description =
                "Consent to hold a person's information, recorded by the service (its own clock, the configured privacy notice version): given, withdrawn for access needs or financial support, and its history.")
@SecurityRequirement(name = "bearer")
public class ConsentResource {

    private static final String VERSION_TAG =
            "The record's version in quotes, such as \"3\": send it back in `If-Match` to change the record safely.";

    private final ConsentService consent;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ConsentResource(ConsentService consent, SecurityIdentity identity, JsonWebToken token) {
        this.consent = consent;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "giveConsent",
            summary = "Give consent again",
            description =
                    "Records that the person agrees, now, to the current privacy notice for everything held; parts withdrawn before may be recorded again. No body. The participant themself or a coordinator.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded: the record with its new consent; `ETag` carries the new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(
            responseCode = "403",
            description = "The token's role may not record consent, or a participant named someone else.")
    @APIResponse(responseCode = "404", description = "No participant with this id.")
    public Response give(@PathParam("id") UUID id) {
        return withTag(consent.give(id, caller()));
    }

    @POST
    @Path("/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "withdrawConsent",
            summary = "Withdraw consent to hold a part",
            description =
                    "The person no longer wants their access needs (or their financial support) held: that part is cleared now, stays empty until they give consent again, and the withdrawal is kept in their consent history. The rest of the record is kept. The participant themself or a coordinator.")
    @APIResponse(
            responseCode = "200",
            description = "Withdrawn: the record without that part; `ETag` carries the new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "400", description = "`part` is missing or not ACCESS_NEEDS or FINANCIAL_SUPPORT.")
    @APIResponse(
            responseCode = "403",
            description = "The token's role may not withdraw consent, or a participant named someone else.")
    @APIResponse(responseCode = "404", description = "No participant with this id.")
    public Response withdraw(@PathParam("id") UUID id, @RequestBody(required = true) ConsentWithdrawal withdrawal) {
        return withTag(consent.withdraw(id, withdrawal, caller()));
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "listConsentHistory",
            summary = "Consent history",
            description =
                    "Every consent given or withdrawn, oldest first, as the service recorded it. The participant themself or a coordinator.")
    @APIResponse(
            responseCode = "200",
            description = "The history.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ConsentEventDto.class)))
    @APIResponse(
            responseCode = "403",
            description = "The token's role may not read consent, or a participant named someone else.")
    @APIResponse(responseCode = "404", description = "No participant with this id.")
    public List<ConsentEventDto> history(@PathParam("id") UUID id) {
        return consent.history(id, caller());
    }

    private static Response withTag(ParticipantResponse record) {
        return Response.ok(record).tag(EntityTags.of(record.version())).build();
    }

    private Caller caller() {
        if (identity.hasRole(Roles.COORDINATOR)) {
            return Caller.coordinatorCaller();
        }
        return Subjects.participantId(token).map(Caller::participant).orElse(new Caller(false, Optional.empty()));
    }
}
