package org.coproduction.sessions.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. */
@Schema(description = "One page of a list; page numbers start at 0")
public record Page<T>(@Schema(description = "This page's items") List<T> items,
                      @Schema(example = "0") int page,
                      @Schema(example = "50") int size,
                      @Schema(description = "Items on all pages", example = "123") long total) {
}
