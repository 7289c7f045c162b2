package org.coproduction.sessions.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether every invitee's access needs are met")
public record AccessCheckResponse(
        @Schema(required = true, example = "false") boolean ok,
        @Schema(required = true) List<AccessGapDto> gaps) {}
