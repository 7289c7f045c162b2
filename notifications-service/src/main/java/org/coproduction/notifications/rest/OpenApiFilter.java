package org.coproduction.notifications.rest;

import org.coproduction.platform.openapi.StandardResponsesFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The platform's standard answers, except where they cannot happen: an operation that takes no bearer token (the
 * one-click unsubscribe, authenticated by its signed address) never answers 401 or 403, and takes any body type, so
 * never 415; its rate limit is counted per link.
 */
public class OpenApiFilter extends StandardResponsesFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getSecurity() == null || !op.getSecurity().isEmpty() || op.getResponses() == null) {
                    continue;
                }
                op.getResponses().removeAPIResponse("401");
                op.getResponses().removeAPIResponse("403");
                op.getResponses().removeAPIResponse("415");
                APIResponse limited = op.getResponses().getAPIResponse("429");
                if (limited != null) {
                    limited.setDescription("Too many requests with this link (limit `unsubscribe`, counted per link);"
                            + " Retry-After says when to try again");
                }
            }
        }
    }
}
