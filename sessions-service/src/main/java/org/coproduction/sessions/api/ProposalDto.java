package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.proposals.ProposalAnswerChoice;
import org.coproduction.sessions.domain.proposals.ProposalResult;
import org.coproduction.sessions.domain.proposals.ProposalStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Proposal",
        description = "Something put to a project's members: each answers agree, have concerns or object until it "
                + "closes (at closesAt, or once every member has answered and no objection stands)")
public record ProposalDto(
        @Schema(required = true, example = ID) UUID id,
        @Schema(required = true, example = PROJECT) UUID projectId,

        @Schema(required = true, example = "Meet on Monday evenings from May")
        String title,

        @Schema(required = true, example = "Most of us can make Monday evenings.")
        String text,

        @Schema(
                description = "Who put it; null for a coordinator with no participant id, or once they were erased",
                example = PERSON)
        UUID proposedBy,

        @Schema(required = true, example = "2027-03-29T17:00:00Z")
        Instant createdAt,

        @Schema(required = true, example = "2027-04-12T17:00:00Z")
        Instant closesAt,

        @Schema(required = true) ProposalStatus status,

        @Schema(
                required = true,
                description = "The project's members now (while OPEN), or when it was decided (CLOSED)",
                example = "5")
        int members,

        @Schema(required = true, description = "Each answer, earliest first")
        List<Answer> answers,

        @Schema(required = true) Counts counts,

        @Schema(description = "The outcome; null while OPEN")
        Outcome outcome,

        @Schema(required = true, example = "2") long version) {
    static final String ID = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f";
    static final String PROJECT = "7a1c2d3e-4f50-4617-8829-3a4b5c6d7e8f";
    static final String PERSON = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11";

    @Schema(name = "ProposalAnswer", description = "A member's answer")
    public record Answer(
            @Schema(
                    required = true,
                    description = "The member; the nil UUID once they were erased (kept as a count)",
                    example = PERSON)
            UUID participantId,

            @Schema(required = true) ProposalAnswerChoice answer,

            @Schema(description = "Their comment, if any", example = "Mondays are hard for me because of childcare.")
            String comment,

            @Schema(required = true, example = "2027-03-30T09:00:00Z")
            Instant answeredAt,

            @Schema(description = "For an objection, where it stands; null for other answers")
            Objection objection) {}

    @Schema(
            name = "ProposalObjection",
            description = "An objection stands until its author withdraws it after the coordinator's written response")
    public record Objection(
            @Schema(required = true, example = "true") boolean standing,

            @Schema(
                    description = "The coordinator's written response; null until given",
                    example = "We can pay for childcare on Monday evenings.")
            String response,

            @Schema(example = "2027-03-31T10:00:00Z") Instant respondedAt,
            @Schema(example = "2027-04-01T08:00:00Z") Instant withdrawnAt) {}

    @Schema(
            name = "ProposalCounts",
            description = "How members answered: agree + concerns + object = answered; object counts every objection "
                    + "made, objectionsStanding those not withdrawn (a withdrawn objection weighs as a concern)")
    public record Counts(
            @Schema(required = true, example = "3") int agree,
            @Schema(required = true, example = "1") int concerns,
            @Schema(required = true, example = "1") int object,
            @Schema(required = true, example = "0") int objectionsStanding,
            @Schema(required = true, example = "5") int answered) {}

    @Schema(name = "ProposalOutcome", description = "What was decided, with what it was decided on")
    public record Outcome(
            @Schema(required = true) ProposalResult result,

            @Schema(required = true, example = "2027-04-12T17:00:00Z")
            Instant decidedAt,

            @Schema(required = true) Counts counts,
            @Schema(required = true, example = "5") int members,

            @Schema(
                    description = "Of those who answered, the share with lived experience (2 decimals); null when "
                            + "nobody answered",
                    example = "0.67")
            BigDecimal livedExperienceShare,

            @Schema(
                    description = "Of those who answered, the share with other roles; null when nobody answered",
                    example = "0.33")
            BigDecimal professionalShare) {}
}
