package org.coproduction.notifications.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /email-confirmations (participants-service, when a participant changes their own email address). */
@Schema(
        name = "EmailConfirmationInput",
        description = "A link to send to a participant's new email address, so they can confirm it is theirs.")
public record EmailConfirmationRequest(
        @Schema(required = true, description = "Whose address it is", example = "0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d")
        @NotNull
        UUID participantId,

        @Schema(required = true, description = "The new address; the mail goes there", example = "ada@example.org")
        @NotBlank
        @Email
        @Size(max = 254)
        String address,

        @Schema(
                required = true,
                description = "The token the link carries (URL-safe characters only); participants-service checks it "
                        + "when the person confirms",
                example = "q3J8vN0cXk2mP9sT4wY7zA1bC6dE5fG8")
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = "[A-Za-z0-9._~-]+", message = "must contain only letters, digits and . _ ~ -")
        String token,

        @Schema(
                description = "The person's language as a language tag: cy (Welsh) or en; anything else, or none, "
                        + "gets English",
                example = "cy")
        @Size(max = 35)
        String language) {}
