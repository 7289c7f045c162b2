package org.coproduction.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.json.MergePatch;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.coproduction.platform.problem.NotAllowedException;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.problem.StaleVersionException;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.text.MultiLine;
import org.coproduction.platform.validation.RegionZoneId;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A small API used only by the platform's tests: each endpoint exercises one part of the contract. */
@Path("/contract")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractTestResource {

    @jakarta.inject.Inject
    org.eclipse.microprofile.jwt.JsonWebToken jwt;

    @org.eclipse.microprofile.rest.client.inject.RestClient
    SelfRestClient self;

    @GET
    @Path("/whoami")
    @RolesAllowed({Roles.SERVICE, Roles.COORDINATOR})
    public java.util.Map<String, Object> whoami() {
        return java.util.Map.of("subject", jwt.getSubject(), "groups", List.copyOf(jwt.getGroups()));
    }

    /** Answers with a field the client's record does not know, as a newer version of another service might. */
    @GET
    @Path("/newer-answer")
    @PermitAll
    public java.util.Map<String, Object> newerAnswer() {
        return java.util.Map.of("label", "x", "addedLater", true);
    }

    /** Calls this application as another service would, through the platform's outbound token. */
    @GET
    @Path("/relay")
    @PermitAll
    public java.util.Map<String, Object> relay() {
        return java.util.Map.of(
                "whoami", self.whoami(), "newer", self.newerAnswer().label());
    }

    public record Item(
            @NotBlank String name,
            @MultiLine String notes,
            Integer count,
            Instant at,
            LocalDate on,
            List<@NotBlank String> tags,
            @RegionZoneId String timeZone,
            List<@Valid Part> parts) {}

    public record Part(@Size(max = 5) String label) {}

    @GET
    @Path("/items")
    @PermitAll
    public Page<String> list(
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("q") String q,
            @QueryParam("since") String since) {
        QueryParams params = new QueryParams();
        PageRequest request = params.page(page, size);
        params.text("q", q, 20);
        params.instant("since", since);
        params.check();
        List<String> all = IntStream.range(0, 7).mapToObj(i -> "item-" + i).toList();
        List<String> items =
                all.stream().skip(request.offset()).limit(request.size()).toList();
        return Page.of(items, request, all.size());
    }

    @POST
    @Path("/items")
    @PermitAll
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "Clashes")
    public Response create(@Valid Item item) {
        return Response.status(201).entity(item).build();
    }

    @PATCH
    @Path("/items/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @PermitAll
    public Item patch(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            com.fasterxml.jackson.databind.JsonNode patch)
            throws Exception {
        EntityTags.expectedVersion(ifMatch).filter(v -> v != 1L).ifPresent(v -> {
            throw new StaleVersionException(1);
        });
        var mapper = io.quarkus.arc.Arc.container()
                .instance(com.fasterxml.jackson.databind.ObjectMapper.class)
                .get();
        var current = mapper.valueToTree(new Item("Ann", null, 1, null, null, List.of(), "Europe/London", List.of()));
        return mapper.treeToValue(MergePatch.apply(current, patch), Item.class);
    }

    @GET
    @Path("/fail/{kind}")
    @PermitAll
    public String fail(@PathParam("kind") String kind) {
        switch (kind) {
            case "not-found" -> throw new UnknownResourceException("No item with id 7.");
            case "conflict" -> throw new StateConflictException("The item is closed and cannot be changed.");
            case "benefits-limit" ->
                throw new ProblemException(
                        ProblemType.BENEFITS_LIMIT, "Pay it in vouchers.", Map.of("suggestedPaidAs", "VOUCHERS"));
            case "not-allowed" -> throw new NotAllowedException("A participant may only change their own record.");
            case "dependency" -> throw new DependencyUnavailableException("participants-service");
            case "optimistic" -> throw new OptimisticLockException("row was updated");
            case "optimistic-at-commit" ->
                throw new IllegalStateException("commit failed", new OptimisticLockException("row was updated"));
            default -> throw new IllegalStateException("Ann Jones needs a BSL interpreter");
        }
    }

    @GET
    @Path("/coordinators")
    @RolesAllowed(Roles.COORDINATOR)
    public String coordinatorsOnly() {
        return "\"ok\"";
    }
}
