package org.coproduction.sessions.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of participants-service's {@code GET /participants}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantPage(List<ParticipantView> items, int page, int size, long total) {
    public ParticipantPage {
        items = items == null ? List.of() : items;
    }
}
