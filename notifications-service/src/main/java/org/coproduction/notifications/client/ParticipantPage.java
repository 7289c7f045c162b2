package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantPage(List<Participant> items, int page, int size, long total) {

    public List<Participant> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
