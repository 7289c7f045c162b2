package org.coproduction.participants.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;

/** Reads the claims of a bearer token a stand-in received (no signature check: the token is ours). */
public final class Bearer {

    private Bearer() {}

    public static JsonNode claims(String authorization) {
        try {
            String token = authorization.substring("Bearer ".length());
            String payload = token.split("\\.")[1];
            return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(payload));
        } catch (Exception e) {
            throw new IllegalStateException("Not a bearer token", e);
        }
    }

    public static boolean isServiceToken(String authorization) {
        JsonNode groups = claims(authorization).path("groups");
        return groups.isArray()
                && groups.size() == 1
                && "service".equals(groups.get(0).asText());
    }
}
