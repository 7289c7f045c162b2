package org.coproduction.sessions.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for participants-service's POST /participants/lookup: answers from the people a test registered,
 * listing unknown ids in "missing", like the real service.
 */
public class ParticipantDirectoryStub implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "participant-directory";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<UUID, ObjectNode> PEOPLE = new ConcurrentHashMap<>();

    public static void register(ObjectNode participant) {
        PEOPLE.put(UUID.fromString(participant.get("id").asText()), participant);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        try {
            JsonNode request = JSON.readTree(serveEvent.getRequest().getBodyAsString());
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode items = answer.putArray("items");
            ArrayNode missing = answer.putArray("missing");
            for (JsonNode id : request.get("ids")) {
                ObjectNode person = PEOPLE.get(UUID.fromString(id.asText()));
                if (person == null) {
                    missing.add(id.asText());
                } else {
                    items.add(person);
                }
            }
            return new ResponseDefinitionBuilder()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(answer))
                    .build();
        } catch (Exception e) {
            return new ResponseDefinitionBuilder()
                    .withStatus(400)
                    .withBody("bad lookup request")
                    .build();
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
