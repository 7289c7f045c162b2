package org.coproduction.participants.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PostalAddress",
        description =
                "Where letters go. Required when `communication.channel` is POST; the name comes from the record.")
public record PostalAddressDto(
        @Schema(
                required = true,
                description = "The address lines above the postcode, one line each (house and street, town...).",
                example = "[\"12 High Street\", \"Leeds\"]",
                minItems = 1,
                maxItems = 6)
        @NotNull(message = "must list 1 to 6 address lines")
        @Size(min = 1, max = 6, message = "must list 1 to 6 address lines")
        List<@NotBlank @Size(max = 100) String> lines,

        @Schema(required = true, example = "LS1 4AB", maxLength = 12) @NotBlank @Size(max = 12)
        String postcode) {}
