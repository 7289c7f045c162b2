package org.coproduction.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coproduction.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The examples of RFC 7396, appendix A, and the nested case that once reset a sibling. */
class MergePatchTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private String apply(String target, String patch) throws Exception {
        return mapper.writeValueAsString(MergePatch.apply(mapper.readTree(target), mapper.readTree(patch)));
    }

    @Test
    void rfc7396Examples() throws Exception {
        assertThat(apply("{\"a\":\"b\"}", "{\"a\":\"c\"}")).isEqualTo("{\"a\":\"c\"}");
        assertThat(apply("{\"a\":\"b\"}", "{\"b\":\"c\"}")).isEqualTo("{\"a\":\"b\",\"b\":\"c\"}");
        assertThat(apply("{\"a\":\"b\"}", "{\"a\":null}")).isEqualTo("{}");
        assertThat(apply("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}")).isEqualTo("{\"b\":\"c\"}");
        assertThat(apply("{\"a\":[\"b\"]}", "{\"a\":\"c\"}")).isEqualTo("{\"a\":\"c\"}");
        assertThat(apply("{\"a\":\"c\"}", "{\"a\":[\"b\"]}")).isEqualTo("{\"a\":[\"b\"]}");
        assertThat(apply("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}"))
                .isEqualTo("{\"a\":{\"b\":\"d\"}}");
        assertThat(apply("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}")).isEqualTo("{\"a\":[1]}");
        assertThat(apply("{\"e\":null}", "{\"a\":1}")).isEqualTo("{\"e\":null,\"a\":1}");
        assertThat(apply("[1,2]", "{\"a\":\"b\",\"c\":null}")).isEqualTo("{\"a\":\"b\"}");
        assertThat(apply("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}")).isEqualTo("{\"a\":{\"bb\":{}}}");
    }

    @Test
    void aNestedChangeKeepsItsSiblings() throws Exception {
        assertThat(apply(
                        "{\"arrangements\":{\"breaks\":true,\"interpretation\":[]}}",
                        "{\"arrangements\":{\"interpretation\":[\"bfi\"]}}"))
                .isEqualTo("{\"arrangements\":{\"breaks\":true,\"interpretation\":[\"bfi\"]}}");
    }

    @Test
    void theTargetIsLeftAsItWas() throws Exception {
        JsonNode target = mapper.readTree("{\"a\":{\"b\":1}}");
        MergePatch.apply(target, mapper.readTree("{\"a\":{\"b\":2}}"));
        assertThat(target.toString()).isEqualTo("{\"a\":{\"b\":1}}");
    }

    @Test
    void aPatchIsAnObject() {
        assertThatThrownBy(() -> MergePatch.apply(mapper.readTree("{}"), mapper.readTree("[]")))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> MergePatch.apply(mapper.readTree("{}"), null)).isInstanceOf(ProblemException.class);
    }
}
