package org.coproduction.sessions.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether every invitee's access needs are met")
public record AccessCheckResponse(@Schema(example = "false") boolean ok, List<AccessGapDto> gaps) {
}
