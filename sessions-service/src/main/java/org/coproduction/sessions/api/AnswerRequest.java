package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnswerRequest", description = "An invitee's answer to an invitation, with an optional reason")
public record AnswerRequest(
        @Schema(required = true, description = "Whether they are coming") @NotNull
        AnswerChoice answer,

        @Schema(
                description = "Why, in their words (one line, at most 500 characters); the coordinator sees it",
                example = "I have a hospital appointment that day.")
        @Size(max = 500)
        String reason) {}
