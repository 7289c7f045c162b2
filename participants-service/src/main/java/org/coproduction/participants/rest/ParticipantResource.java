package org.coproduction.participants.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.participants.api.EmailConfirmationRequest;
import org.coproduction.participants.api.LookupRequest;
import org.coproduction.participants.api.LookupResponse;
import org.coproduction.participants.api.ParticipantExport;
import org.coproduction.participants.api.ParticipantPage;
import org.coproduction.participants.api.ParticipantRequest;
import org.coproduction.participants.api.ParticipantResponse;
import org.coproduction.participants.config.ParticipantsConfig;
import org.coproduction.participants.domain.AccessNeed;
import org.coproduction.participants.domain.ParticipantRole;
import org.coproduction.participants.domain.ParticipantStatus;
import org.coproduction.participants.service.Caller;
import org.coproduction.participants.service.Changed;
import org.coproduction.participants.service.EmailConfirmationSender;
import org.coproduction.participants.service.ExportService;
import org.coproduction.participants.service.ParticipantFilter;
import org.coproduction.participants.service.ParticipantService;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.json.MergePatch;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.ratelimit.RateLimited;
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

@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "People taking part in co-production and what they need to take part.")
@SecurityRequirement(name = "bearer")
public class ParticipantResource {

    private static final String VERSION_TAG =
            "The record's version in quotes, such as \"3\": send it back in `If-Match` to change the record safely.";

    private final ParticipantService participants;
    private final ExportService exports;
    private final EmailConfirmationSender confirmations;
    private final ParticipantsConfig config;
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final ObjectMapper objectMapper;

    public ParticipantResource(
            ParticipantService participants,
            ExportService exports,
            EmailConfirmationSender confirmations,
            ParticipantsConfig config,
            SecurityIdentity identity,
            JsonWebToken token,
            ObjectMapper objectMapper) {
        this.participants = participants;
        this.exports = exports;
        this.confirmations = confirmations;
        this.config = config;
        this.identity = identity;
        this.token = token;
        this.objectMapper = objectMapper;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "createParticipant",
            summary = "Register a participant",
            description =
                    "Registers a person with their needs and preferences. Coordinators only. Unknown JSON fields are refused. Consent is recorded by the service (its own time and the current privacy notice version): a request that sends `consent` is refused.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; `Location` names the new record and `ETag` its version.",
            headers = {
                @Header(
                        name = "Location",
                        description = "Address of the new participant's record.",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Invalid: every bad field is listed (also a `consent` sent, or the chosen channel's `email`, `phone` or `postalAddress` missing).")
    @APIResponse(responseCode = "409", description = "Another participant has this email address.")
    public Response register(@RequestBody(required = true) ParticipantRequest request, UriInfo uri) {
        ParticipantResponse created = participants.register(requireBody(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .tag(EntityTags.of(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "getParticipant",
            summary = "Read a participant",
            description =
                    "Coordinators read anyone; a participant reads only their own record (any other id is 403, whether or not it exists).")
    @APIResponse(
            responseCode = "200",
            description = "The record; `ETag` carries its version for If-Match.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(
            responseCode = "403",
            description = "The token's role may not read participants, or a participant asked about someone else.")
    @APIResponse(responseCode = "404", description = "No participant with this id (or erased).")
    public Response get(@PathParam("id") UUID id) {
        ParticipantResponse found = participants.get(id, caller());
        return Response.ok(found).tag(EntityTags.of(found.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "replaceParticipant",
            summary = "Replace a participant",
            description =
                    "Replaces the whole record (groups left out take their defaults; a left-out status stays). The read-only fields of a GET answer are accepted and ignored; `consent` may only be sent back as read. A participant may replace only their own record, may not change their role or mentor, may change their own status only to PAUSED (from ACTIVE, with `pausedUntil`: after today, at most a year ahead) or WITHDRAWN, or from PAUSED back to ACTIVE, and a new email address of theirs takes effect only once they follow the link mailed to it (the answer shows it as `pendingEmail`, whether or not the address is taken), so someone with no email confirms one before choosing the EMAIL channel. Email is needed only for the EMAIL channel, `phone` for PHONE and `postalAddress` for POST.")
    @APIResponse(
            responseCode = "200",
            description = "Replaced; `ETag` carries the new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Invalid: every bad field is listed (also a pause without `pausedUntil` or with one not after today or more than a year ahead, a changed `consent`, or needs or money whose consent was withdrawn); or a malformed `If-Match`.")
    @APIResponse(
            responseCode = "403",
            description =
                    "The token's role may not change participants, or a participant named someone else, changed their own role, changed their own status other than pausing, ending their pause or withdrawing (so coming back after withdrawing is a coordinator's change), or named a mentor (whether or not that id exists).")
    @APIResponse(responseCode = "404", description = "No participant with this id.")
    @APIResponse(
            responseCode = "409",
            description =
                    "A coordinator gave an email address another participant has, or someone changed the record at the same moment (without `If-Match`). A participant's own new address never gets this answer.")
    @APIResponse(
            responseCode = "412",
            description = "`If-Match` names an older version: someone changed the record first. Nothing was changed.")
    public Response replace(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "The ETag you read; the change is refused if the record has changed since.",
                            example = "\"3\"")
                    @HeaderParam(EntityTags.IF_MATCH)
                    String ifMatch,
            @RequestBody(required = true) ParticipantRequest request) {
        Changed changed = participants.replace(id, requireBody(request), EntityTags.expectedVersion(ifMatch), caller());
        return answer(changed);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "updateParticipant",
            summary = "Change part of a participant (JSON merge patch)",
            description =
                    "RFC 7396: members present replace, objects merge, `null` removes (the field takes its default). Same rules as replace (consent, mentor, a participant's own status and pause, and their own email address).")
    @RequestBody(
            required = true,
            description = "The members to change, shaped like a registration; `null` resets a member to its default.",
            content = {
                @Content(
                        mediaType = MergePatch.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.OBJECT),
                        examples =
                                @ExampleObject(
                                        name = "digest monthly",
                                        value = "{\"communication\": {\"digestFrequency\": \"MONTHLY\"}}")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(type = SchemaType.OBJECT),
                        examples =
                                @ExampleObject(
                                        name = "digest monthly",
                                        value = "{\"communication\": {\"digestFrequency\": \"MONTHLY\"}}"))
            })
    @APIResponse(
            responseCode = "200",
            description = "Changed; `ETag` carries the new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "The patch is not a JSON object, or the result is invalid (also a pause without `pausedUntil` or with one not after today or more than a year ahead, a changed `consent`, or needs or money whose consent was withdrawn); or a malformed `If-Match`.")
    @APIResponse(
            responseCode = "403",
            description =
                    "The token's role may not change participants, or a participant named someone else, changed their own role, changed their own status other than pausing, ending their pause or withdrawing (so coming back after withdrawing is a coordinator's change), or named a mentor (whether or not that id exists).")
    @APIResponse(responseCode = "404", description = "No participant with this id.")
    @APIResponse(
            responseCode = "409",
            description =
                    "A coordinator gave an email address another participant has, or someone changed the record at the same moment (without `If-Match`). A participant's own new address never gets this answer.")
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version. Nothing was changed.")
    @APIResponse(
            responseCode = "415",
            description = "The body is sent as neither application/merge-patch+json nor application/json.")
    public Response patch(
            @PathParam("id") UUID id,
            @Parameter(description = "The ETag you read.", example = "\"3\"") @HeaderParam(EntityTags.IF_MATCH)
                    String ifMatch,
            String body)
            throws JsonProcessingException {
        JsonNode patch = objectMapper.readTree(body == null ? "" : body);
        return answer(participants.patch(id, patch, EntityTags.expectedVersion(ifMatch), caller()));
    }

    @DELETE
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "eraseParticipant",
            summary = "Erase a participant",
            description =
                    "Right to erasure: the record, its consent history and any pending email change are deleted outright; people they mentored are left without a mentor; the audit keeps a keyed-hash pseudonym instead of the id; the person's tokens are refused from now on in every service. sessions- and notifications-service are told by an outbox that retries until each has erased everything naming the person (a service that is down completes it when it comes back).")
    @APIResponse(responseCode = "204", description = "Erased here; the other services follow shortly.")
    @APIResponse(responseCode = "404", description = "No participant with this id.")
    public void erase(@PathParam("id") UUID id) {
        participants.erase(id);
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE})
    @Operation(
            operationId = "listParticipants",
            summary = "List participants",
            description =
                    "Paged, ordered by name then id (stable across pages). Filters combine with AND; `need` may repeat (all must match). `offersMentoring` finds people who offer to mentor or buddy; `mentorId` a mentor's mentees. `email` finds the one person registered with that address (exact, ignoring case), as notifications-service does to send a fresh sign-in link. Coordinators and services only: a participant gets 403.")
    @APIResponse(
            responseCode = "200",
            description = "One page.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown filter value or parameter, or page out of range.")
    public Page<ParticipantResponse> list(
            @Parameter(
                            description = "Only participants with this role",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "LIVED_EXPERIENCE",
                                                "PRACTITIONER",
                                                "FACILITATOR",
                                                "COORDINATOR"
                                            }))
                    @QueryParam("role")
                    String role,
            @Parameter(
                            description =
                                    "Only participants with this status as it reads today (a pause whose `pausedUntil` has come is ACTIVE)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"ACTIVE", "PAUSED", "WITHDRAWN"}))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description =
                                    "An access need from the shared vocabulary, e.g. BSL_INTERPRETER; repeat for several",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AccessNeed.class))
                    @QueryParam("need")
                    List<String> needs,
            @Parameter(
                            description =
                                    "Text found in name, preferred name or organisation, ignoring case and accents (`sian` finds Siân); `%` and `_` are plain characters")
                    @QueryParam("q")
                    String text,
            @Parameter(
                            description =
                                    "Only the participant registered with this email address (exact, ignoring case); at most 320 characters",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 320))
                    @QueryParam("email")
                    String email,
            @Parameter(
                            description =
                                    "`true`: only people who offer to mentor or buddy someone; `false`: only those who do not",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("offersMentoring")
                    String offersMentoring,
            @Parameter(
                            description = "Only the mentees of this mentor (people whose `support.mentorId` it is)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("mentorId")
                    String mentorId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        ParticipantFilter filter = new ParticipantFilter(
                Optional.ofNullable(params.oneOf("role", role, ParticipantRole.class)),
                Optional.ofNullable(params.oneOf("status", status, ParticipantStatus.class)),
                params.allOf("need", needs, AccessNeed.class),
                Optional.ofNullable(params.text("q", text, 200)),
                Optional.ofNullable(params.text("email", email, 320)),
                Optional.ofNullable(yesOrNo(params, "offersMentoring", offersMentoring)),
                Optional.ofNullable(params.uuid("mentorId", mentorId)));
        PageRequest pageRequest = params.page(
                page, size, config.paging().defaultSize(), config.paging().maxSize());
        params.check();
        return participants.list(filter, pageRequest);
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE})
    @RateLimited("lookup")
    @Operation(
            operationId = "lookupParticipants",
            summary = "Look up many participants",
            description =
                    "Up to 1000 ids in one call, answered in the order asked; ids not registered are listed in `missing`.")
    @APIResponse(
            responseCode = "200",
            description = "Found and missing.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LookupResponse.class)))
    @APIResponse(responseCode = "400", description = "No ids, more than 1000, or an id that is not a UUID.")
    public LookupResponse lookup(@RequestBody(required = true) LookupRequest request) {
        return participants.lookup(request);
    }

    @POST
    @Path("/{id}/email-confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "confirmParticipantEmail",
            summary = "Confirm a new email address",
            description =
                    "The participant follows the link mailed to the new address they gave; its token makes the address take effect. The participant themself (or a coordinator for them).")
    @APIResponse(
            responseCode = "200",
            description = "Confirmed: the record with its new address; `ETag` carries the new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "No token, or not a current confirmation token for this participant (wrong, used or expired).")
    @APIResponse(
            responseCode = "403",
            description = "The token's role may not confirm addresses, or a participant named someone else.")
    @APIResponse(responseCode = "404", description = "No participant with this id.")
    @APIResponse(responseCode = "409", description = "Another participant registered this address since it was given.")
    public Response confirmEmail(
            @PathParam("id") UUID id, @RequestBody(required = true) EmailConfirmationRequest request) {
        if (request == null || request.token() == null || request.token().isBlank()) {
            throw InvalidInputException.of("token", "must be the token from the confirmation link");
        }
        ParticipantResponse confirmed = participants.confirmEmail(id, request.token(), caller());
        return Response.ok(confirmed).tag(EntityTags.of(confirmed.version())).build();
    }

    @POST
    @Path("/{id}/portal-visits")
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(
            operationId = "recordPortalVisit",
            summary = "Record a visit to the portal",
            description =
                    "The portal calls this as the person when their visit starts, so coordinators can see when someone was last in touch (`lastPortalVisitAt`, kept to the day). The person themself only. A visit is not an edit: the record's version (ETag) does not change and nothing is audited. No tracking pixels.")
    @APIResponse(responseCode = "204", description = "Recorded.")
    @APIResponse(
            responseCode = "403",
            description =
                    "Not a participant's token, or a participant named someone else (whether or not that id exists).")
    @APIResponse(responseCode = "404", description = "No participant with this id.")
    public void recordPortalVisit(@PathParam("id") UUID id) {
        participants.recordPortalVisit(id, caller());
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @RateLimited("export")
    @Operation(
            operationId = "exportParticipant",
            summary = "Export everything held on a participant",
            description =
                    "Right of access: one document with everything the suite holds on the person, from all three services: their record, consent history, the audit of who read or changed their needs and financial support, their memberships, invitations and answers, attendance, actions and contributions, and the mails sent to them (subjects and dates, never bodies). The participant themself or a coordinator. Never partial: if another service is not answering, the answer is a 503.")
    @APIResponse(
            responseCode = "200",
            description = "Everything held on the person.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ParticipantExport.class)))
    @APIResponse(
            responseCode = "403",
            description = "The token's role may not export, or a participant asked about someone else.")
    @APIResponse(responseCode = "404", description = "No participant with this id (or erased).")
    @APIResponse(
            responseCode = "503",
            description = "sessions- or notifications-service is not answering; nothing partial is given.")
    public ParticipantExport export(@PathParam("id") UUID id) {
        return exports.export(id, caller());
    }

    /** The changed record; a participant's new email address is mailed its confirmation link after the commit. */
    private Response answer(Changed changed) {
        confirmations.send(changed.confirmation());
        return Response.ok(changed.record())
                .tag(EntityTags.of(changed.record().version()))
                .build();
    }

    private Caller caller() {
        if (identity.hasRole(Roles.COORDINATOR)) {
            return Caller.coordinatorCaller();
        }
        // A participant token whose subject is not a participant id may see nobody.
        return Subjects.participantId(token).map(Caller::participant).orElse(new Caller(false, Optional.empty()));
    }

    private static Boolean yesOrNo(QueryParams params, String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> params.invalid(name, "must be true or false");
        };
    }

    private static ParticipantRequest requireBody(ParticipantRequest request) {
        if (request == null) {
            // A body of JSON null; an empty body never gets this far.
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "The body must be a JSON object describing the participant.");
        }
        return request;
    }
}
