package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Action", description = "A next step: what, who (an invitee or project member), by when")
public record ActionDto(
        @Schema(required = true, example = "Book the room for May") @NotBlank @Size(max = 1000) @MultiLine
        String description,

        @Schema(
                description = "Who will do it: an invitee or a member of the project. Required when recording "
                        + "a summary; null in an answer once the person who owned it was erased (the action "
                        + "is kept, with no owner)")
        UUID ownerId,

        @Schema(example = "2027-04-12") LocalDate due,

        @Schema(description = "Done yet (false when left out)", example = "false")
        Boolean done) {}
