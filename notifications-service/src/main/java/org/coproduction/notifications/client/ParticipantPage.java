package org.coproduction.notifications.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantPage(List<Participant> items, int page, int size, long total) {

    public List<Participant> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
