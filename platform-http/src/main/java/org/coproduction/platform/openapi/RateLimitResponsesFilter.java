package org.coproduction.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.IndexView;

/**
 * Writes the 429 of every operation marked {@code @RateLimited} into the OpenAPI document: the problem body, the
 * {@code Retry-After} header and the limit's name. Runs when the document is built, where the application's index
 * shows which methods carry the annotation; every service gets it from the platform jar without configuration.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RateLimitResponsesFilter implements OASFilter {

    /** "METHOD /path" of each rate-limited operation, to the limit's name. */
    private final Map<String, String> rateLimited;

    public RateLimitResponsesFilter() {
        this.rateLimited = Map.of();
    }

    /** The constructor SmallRye OpenAPI uses, handing over the application's index. */
    public RateLimitResponsesFilter(IndexView index) {
        this.rateLimited = RateLimitedOperations.find(index);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (rateLimited.isEmpty()
                || openAPI.getPaths() == null
                || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                    path.getValue().getOperations().entrySet()) {
                String limit = rateLimited.get(
                        RateLimitedOperations.key(operation.getKey().name(), path.getKey()));
                APIResponses responses = operation.getValue().getResponses();
                if (limit == null || responses == null || responses.getAPIResponse("429") != null) {
                    continue;
                }
                APIResponse tooMany = OASFactory.createAPIResponse()
                        .description("Too many requests of this kind by this caller (limit `" + limit
                                + "`, counted per token subject; the suite's `service` tokens are exempt); "
                                + "Retry-After says when to try again");
                StandardResponsesFilter.addProblemContent("429", tooMany);
                StandardResponsesFilter.addHeader(tooMany, "Retry-After", "Seconds to wait before trying again");
                responses.addAPIResponse("429", tooMany);
            }
        }
    }
}
