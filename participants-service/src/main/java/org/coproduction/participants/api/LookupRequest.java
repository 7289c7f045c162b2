package org.coproduction.participants.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LookupRequest", description = "Many participants by id in one call.")
public record LookupRequest(
        @Schema(
                description = "1 to 1000 ids; repeats are read once.",
                example = "[\"0b7c6f1e-2a4d-4e8f-9a1b-3c5d7e9f1a2b\"]")
        @NotNull
        @Size(min = 1, max = 1000)
        List<@NotNull UUID> ids) {}
