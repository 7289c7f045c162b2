package org.coproduction.suite.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The check itself: it must find each kind of difference, and nothing in an exchange that conforms. */
class OpenApiDocumentTest {

    static final String DOCUMENT = """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                    - {name: verbose, in: query, schema: {type: boolean}}
                  responses:
                    "200":
                      description: the thing
                      headers:
                        ETag: {schema: {type: string}}
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Thing"}
                    "404":
                      description: unknown
                      content:
                        application/problem+json:
                          schema: {type: object}
              /things/mine:
                get:
                  operationId: getMyThing
                  responses:
                    "204": {description: nothing}
            components:
              schemas:
                Thing:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    note: {type: [string, "null"]}
                    kind: {type: [string, "null"], enum: [A, B, null]}
            """;

    static Exchange get(String path, int status, Map<String, String> headers, String body) {
        return new Exchange("GET", path, List.of(), Map.of(), "", status, headers, body);
    }

    static final Map<String, String> JSON = Map.of("content-type", "application/json;charset=UTF-8");

    @Test
    void anExchangeAsDescribedHasNoDifference() throws Exception {
        OpenApiDocument doc = OpenApiDocument.parse("things", DOCUMENT);
        Map<String, String> headers = Map.of("content-type", "application/json", "etag", "\"1\"");
        assertThat(doc.differences(get("/things/7", 200, headers, "{\"id\":\"7\",\"note\":null,\"kind\":null}")))
                .isEmpty();
        assertThat(doc.differences(get("/things/mine", 204, Map.of(), ""))).isEmpty();
    }

    @Test
    void eachKindOfDifferenceIsFound() throws Exception {
        OpenApiDocument doc = OpenApiDocument.parse("things", DOCUMENT);
        assertThat(doc.differences(get("/things/7", 409, JSON, "{}")))
                .singleElement()
                .asString()
                .contains("status 409 is not described");
        assertThat(doc.differences(get("/things/7", 200, JSON, "{\"note\":\"x\"}")))
                .singleElement()
                .asString()
                .contains("required property 'id' not found");
        assertThat(doc.differences(get("/things/7", 200, JSON, "{\"id\":7}")))
                .singleElement()
                .asString()
                .contains("/id: integer found, string expected");
        assertThat(doc.differences(get("/things/7", 200, JSON, "{\"id\":\"7\",\"kind\":\"C\"}")))
                .singleElement()
                .asString()
                .contains("/kind: does not have a value in the enumeration");
        assertThat(doc.differences(get(
                        "/things/7", 404, Map.of("content-type", "application/problem+json", "location", "/x"), "{}")))
                .singleElement()
                .asString()
                .contains("response header 'location' is not described");
        assertThat(doc.differences(get("/things/7", 404, JSON, "{}")))
                .singleElement()
                .asString()
                .contains("response body of type 'application/json' is not described");
        assertThat(doc.differences(new Exchange(
                        "GET",
                        "/things/7",
                        List.of("sort"),
                        Map.of("if-match", "\"1\""),
                        "",
                        200,
                        JSON,
                        "{\"id\":\"7\"}")))
                .hasSize(2)
                .anySatisfy(d -> assertThat(d).contains("query parameter 'sort' is not described"))
                .anySatisfy(d -> assertThat(d).contains("request header 'if-match' is not described"));
        assertThat(doc.differences(get("/elsewhere", 200, JSON, "{}")))
                .singleElement()
                .asString()
                .contains("describes no such operation");
    }

    @Test
    void aLiteralSegmentWinsOverATemplate() throws Exception {
        OpenApiDocument doc = OpenApiDocument.parse("things", DOCUMENT);
        assertThat(doc.operation("GET", "/things/mine"))
                .get()
                .extracting(op -> op.path("operationId").asText())
                .isEqualTo("getMyThing");
        assertThat(doc.operation("GET", "/things/mine/x")).isEmpty();
    }
}
