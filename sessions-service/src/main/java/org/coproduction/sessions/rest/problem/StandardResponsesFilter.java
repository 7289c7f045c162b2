package org.coproduction.sessions.rest.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the answers every operation can give (401, 403, 500, all problem+json) to the OpenAPI document, so
 * each resource only declares the errors particular to it.
 */
public class StandardResponsesFilter implements OASFilter {
    private static final Map<String, String> STANDARD = Map.of(
            "401", "Missing, expired or invalid bearer token",
            "403", "The token's role may not do this",
            "500", "Unexpected failure; the body carries an error id to quote, never a stack trace");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                APIResponses responses = op.getResponses();
                if (responses == null) {
                    continue;
                }
                STANDARD.forEach((code, description) -> {
                    if (responses.getAPIResponse(code) == null) {
                        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                                .ref("#/components/schemas/Problem")))));
                    }
                });
            }
        }
    }
}
