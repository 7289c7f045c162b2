package org.coproduction.notifications.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record LookupResult(List<Participant> items, List<UUID> missing) {

    public List<Participant> itemsOrEmpty() {
        return items == null ? List.of() : items;
    }
}
