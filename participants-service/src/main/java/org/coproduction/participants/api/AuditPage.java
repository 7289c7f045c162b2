package org.coproduction.participants.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of a page of audit entries (the answer itself is a platform {@code Page}). */
@Schema(name = "AuditPage", description = "One page of audit entries, newest first.")
public record AuditPage(
        @Schema(required = true) List<AuditEntryDto> items,
        @Schema(required = true, example = "0") int page,
        @Schema(required = true, example = "50") int size,
        @Schema(required = true, example = "1") long total) {}
