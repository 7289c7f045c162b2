package org.coproduction.participants.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI description of a page of participants, the answer of {@code GET /participants}. The service answers
 * with the platform's generic page; this record only gives that shape a readable name in the document and states
 * that every member is always present.
 */
@Schema(name = "ParticipantPage", description = "One page of participants, ordered by name then id.")
public record ParticipantPage(
        @Schema(required = true, description = "The participants on this page")
        List<ParticipantResponse> items,

        @Schema(required = true, description = "This page's number, from 0", example = "0", minimum = "0")
        int page,

        @Schema(required = true, description = "Items per page asked for (1 to 200)", example = "50", minimum = "1")
        int size,

        @Schema(required = true, description = "Participants in the whole list", example = "120", minimum = "0")
        long total) {}
