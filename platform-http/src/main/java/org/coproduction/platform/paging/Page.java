package org.coproduction.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a list, in the one shape every list endpoint answers with; every member is always present. */
public record Page<T>(
        @Schema(required = true, description = "The items on this page, in the list's stated order")
        List<T> items,

        @Schema(required = true, description = "This page's number, from 0", example = "0")
        int page,

        @Schema(required = true, description = "Items per page asked for (1 to 200)", example = "50")
        int size,

        @Schema(required = true, description = "Items in the whole list", example = "120")
        long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page(), request.size(), total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
