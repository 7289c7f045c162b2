package org.coproduction.notifications.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /sign-in-links. */
@Schema(name = "SignInLinkInput", description = "Asks for a fresh link to a person's own pages, by email address.")
public record SignInLinkRequest(
        @Schema(
                required = true,
                description = "The email address the person is registered with",
                maxLength = 320,
                example = "aisha@example.org")
        @NotBlank
        @Email
        @Size(max = 320)
        String email) {}
