package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record AgendaResult(List<Agenda> items) {

    public List<Agenda> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
