package org.coproduction.notifications.rest;

import org.coproduction.platform.openapi.StandardResponsesFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The platform's standard answers, except where they cannot happen: an operation that takes no bearer token (the
 * one-click unsubscribe, authenticated by its signed address, and the request for a fresh sign-in link) never answers
 * 401 or 403; the unsubscribe takes any body type, so never 415, and its rate limit is counted per link; the sign-in
 * link's is counted per address and per client.
 */
public class OpenApiFilter extends StandardResponsesFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Operation op : item.getOperations().values()) {
                if (op.getSecurity() == null || !op.getSecurity().isEmpty() || op.getResponses() == null) {
                    continue;
                }
                op.getResponses().removeAPIResponse("401");
                op.getResponses().removeAPIResponse("403");
                APIResponse limited = op.getResponses().getAPIResponse("429");
                if (path.startsWith("/sign-in-links")) {
                    // Takes JSON only: a body of another type is refused with 415, as everywhere else.
                    if (limited != null) {
                        limited.setDescription("Too many requests for this address (limit `sign-in-link`, 3 an "
                                + "hour) or from this client (limit `sign-in-link-client`, 20 an hour); Retry-After "
                                + "says when to try again");
                    }
                    continue;
                }
                op.getResponses().removeAPIResponse("415");
                if (limited != null) {
                    limited.setDescription("Too many requests with this link (limit `unsubscribe`, counted per link);"
                            + " Retry-After says when to try again");
                }
            }
        });
    }
}
