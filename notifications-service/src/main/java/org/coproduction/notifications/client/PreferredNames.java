package org.coproduction.notifications.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.problem.DependencyUnavailableException;

/**
 * The names digests call people by (action owners, project members): people already fetched are not asked for
 * again, the rest are looked up in batches of at most 1000 (participants-service's limit). Erased people are missing
 * from the answer, so they are never named.
 */
@ApplicationScoped
public class PreferredNames {

    static final int LOOKUP_LIMIT = 1000;

    private final ParticipantsClient participants;

    public PreferredNames(ParticipantsClient participants) {
        this.participants = participants;
    }

    /** @throws DependencyUnavailableException when participants-service cannot answer (the digest waits) */
    public Map<UUID, String> of(Collection<Agenda> agendas, Map<UUID, Participant> known) {
        Set<UUID> named = new LinkedHashSet<>();
        agendas.forEach(agenda -> named.addAll(agenda.namedPeople()));
        return ofPeople(named, known);
    }

    /**
     * The preferred names of these people (a notice's wellbeing contact, mentor, people drifting away).
     *
     * @throws DependencyUnavailableException when participants-service cannot answer (the mail waits)
     */
    public Map<UUID, String> ofPeople(Collection<UUID> people, Map<UUID, Participant> known) {
        Map<UUID, String> names = new HashMap<>();
        Set<UUID> unknown = new LinkedHashSet<>();
        for (UUID id : people) {
            Participant p = id == null ? null : known.get(id);
            if (p != null) {
                names.put(id, p.greetingName());
            } else if (id != null) {
                unknown.add(id);
            }
        }
        if (unknown.isEmpty()) {
            return names;
        }
        List<UUID> ids = List.copyOf(unknown);
        for (int i = 0; i < ids.size(); i += LOOKUP_LIMIT) {
            participants
                    .lookup(ids.subList(i, Math.min(ids.size(), i + LOOKUP_LIMIT)))
                    .itemsOrEmpty()
                    .forEach(p -> names.put(p.id(), p.greetingName()));
        }
        return names;
    }
}
