package org.coproduction.participants.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of RFC 7396 appendix A, among others. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String merge(String target, String patch) throws Exception {
        JsonNode result = MergePatch.apply(JSON.readTree(target), JSON.readTree(patch));
        return JSON.writeValueAsString(result);
    }

    @Test
    void rfc7396Examples() throws Exception {
        assertThat(merge("{\"a\":\"b\"}", "{\"a\":\"c\"}")).isEqualTo("{\"a\":\"c\"}");
        assertThat(merge("{\"a\":\"b\"}", "{\"b\":\"c\"}")).isEqualTo("{\"a\":\"b\",\"b\":\"c\"}");
        assertThat(merge("{\"a\":\"b\"}", "{\"a\":null}")).isEqualTo("{}");
        assertThat(merge("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}")).isEqualTo("{\"b\":\"c\"}");
        assertThat(merge("{\"a\":[\"b\"]}", "{\"a\":\"c\"}")).isEqualTo("{\"a\":\"c\"}");
        assertThat(merge("{\"a\":\"c\"}", "{\"a\":[\"b\"]}")).isEqualTo("{\"a\":[\"b\"]}");
        assertThat(merge("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}")).isEqualTo("{\"a\":{\"b\":\"d\"}}");
        assertThat(merge("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}")).isEqualTo("{\"a\":[1]}");
        assertThat(merge("[\"a\",\"b\"]", "[\"c\",\"d\"]")).isEqualTo("[\"c\",\"d\"]");
        assertThat(merge("{\"e\":null}", "{\"a\":1}")).isEqualTo("{\"e\":null,\"a\":1}");
        assertThat(merge("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}")).isEqualTo("{\"a\":{\"bb\":{}}}");
    }

    @Test
    void theTargetIsNotChanged() throws Exception {
        JsonNode target = JSON.readTree("{\"a\":{\"b\":1}}");
        MergePatch.apply(target, JSON.readTree("{\"a\":{\"b\":2}}"));
        assertThat(target.get("a").get("b").asInt()).isEqualTo(1);
    }
}
