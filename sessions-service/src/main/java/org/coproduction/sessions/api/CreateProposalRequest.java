package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateProposalRequest", description = "A proposal put to a project's members")
public record CreateProposalRequest(
        @Schema(required = true, example = "Meet on Monday evenings from May") @NotBlank @Size(max = 200)
        String title,

        @Schema(
                required = true,
                description = "What is proposed and why, in plain words (at most 5000 characters, several lines)",
                example = "Most of us can make Monday evenings. We would meet at 18:00 at the Community Hub.")
        @NotBlank
        @Size(max = 5000)
        @MultiLine
        String text,

        @Schema(
                required = true,
                description = "When answers close: in the future, at most a year ahead",
                example = "2027-04-12T17:00:00Z")
        @NotNull
        Instant closesAt) {}
