package org.coproduction.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;

class RequestGuardsTest {

    static class Filter {
        @QueryParam("status")
        String status;

        @RestQuery
        List<String> need;
    }

    @SuppressWarnings("unused")
    static class Resource {
        void list(
                @QueryParam("page") String page,
                @RestQuery("size") String size,
                @RestQuery String q,
                @BeanParam Filter filter,
                UriInfo uri) {}

        void update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {}
    }

    private static Method method(String name) {
        for (Method m : Resource.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void anOperationsQueryParametersAreItsAnnotatedOnes() {
        assertThat(RequestGuards.namesOf(method("list")))
                .containsExactlyInAnyOrder("page", "size", "q", "status", "need");
        assertThat(RequestGuards.namesOf(method("update"))).isEmpty();
        assertThat(RequestGuards.namesOf(method("list"), true)).containsExactly("need");
    }

    @Test
    void anOperationTakesABodyWhenAParameterHasNoSource() {
        assertThat(RequestGuards.hasBodyParameter(method("list"))).isFalse();
        assertThat(RequestGuards.hasBodyParameter(method("update"))).isTrue();
    }
}
