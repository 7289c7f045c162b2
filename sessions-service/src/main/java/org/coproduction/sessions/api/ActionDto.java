package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Action", description = "A next step: what, who (an invitee or project member), by when")
public record ActionDto(
        @Schema(
                description = "The action's stable id. In a summary being recorded, the id of an action of this "
                        + "session keeps that action (its id and done state); left out, the action is new",
                example = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d")
        UUID id,

        @Schema(required = true, example = "Book the room for May") @NotBlank @Size(max = 1000) @MultiLine
        String description,

        @Schema(
                description = "Who will do it: an invitee or a member of the project. Required when recording "
                        + "a summary; null in an answer once the person who owned it was erased (the action "
                        + "is kept, with no owner)")
        UUID ownerId,

        @Schema(example = "2027-04-12") LocalDate due,

        @Schema(
                description = "Done yet (false when left out; an action named by id keeps its state when left out)",
                example = "false")
        Boolean done,

        @Schema(
                description = "When it was marked done; null while open. Ignored in a request",
                example = "2027-04-10T09:30:00Z",
                readOnly = true)
        Instant doneAt) {}
