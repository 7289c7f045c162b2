package org.coproduction.notifications.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to POST /sign-in-links: always the same, whatever the address. */
@Schema(
        name = "SignInLinkAccepted",
        description = "The same answer whatever the address: it never says whether the address is known.")
public record SignInLinkAccepted(
        @Schema(required = true, description = "Plain words to show the person", example = SignInLinkAccepted.MESSAGE)
        String message) {

    static final String MESSAGE =
            "If this email address is registered with us, we have sent a link to it. " + "The link works for 14 days.";

    static final SignInLinkAccepted ALWAYS = new SignInLinkAccepted(MESSAGE);
}
