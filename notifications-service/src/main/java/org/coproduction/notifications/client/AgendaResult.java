package org.coproduction.notifications.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record AgendaResult(List<Agenda> items) {

    public List<Agenda> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
