package org.coproduction.participants.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmailConfirmation", description = "The token from the link sent to the new address.")
public record EmailConfirmationRequest(
        @Schema(required = true, example = "k3J9c2VjcmV0LXRva2VuLWZyb20tdGhlLWxpbms", maxLength = 200)
        @NotBlank
        @Size(max = 200)
        String token) {}
