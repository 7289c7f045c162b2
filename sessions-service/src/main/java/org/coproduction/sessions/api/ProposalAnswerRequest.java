package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coproduction.platform.text.MultiLine;
import org.coproduction.sessions.domain.proposals.ProposalAnswerChoice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProposalAnswerRequest", description = "A member's answer to a proposal, with an optional comment")
public record ProposalAnswerRequest(
        @Schema(required = true, description = "Agree, have concerns, or object") @NotNull
        ProposalAnswerChoice answer,

        @Schema(
                description = "Why, in their words (at most 1000 characters, several lines); members see it",
                example = "Mondays are hard for me because of childcare.")
        @Size(max = 1000)
        @MultiLine
        String comment) {}
