package org.coproduction.participants.api;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.coproduction.participants.domain.AccessNeed;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessNeeds", description = "What a person needs so that physical and online spaces suit them.")
public record AccessNeedsDto(
        @Schema(
                description =
                        "Needs from the shared vocabulary (venues describe their features with the same words); repeats are kept once. Always listed in answers, empty when there are none.",
                type = SchemaType.ARRAY,
                implementation = AccessNeed.class,
                example = "[\"STEP_FREE_ACCESS\", \"BSL_INTERPRETER\"]")
        @Size(max = 14, message = "lists at most 14 needs")
        List<@EnumName(AccessNeed.class) String> needs,

        @Schema(
                description = "Anything else that helps, in the person's own words.",
                example = "Needs seating near the door.",
                maxLength = 2000)
        @Size(max = 2000)
        @MultiLine
        String notes) {

    public static AccessNeedsDto none() {
        return new AccessNeedsDto(List.of(), null);
    }
}
