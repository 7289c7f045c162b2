package org.coproduction.notifications.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.DigestFrequency;
import org.coproduction.notifications.domain.DigestSchedule;
import org.coproduction.notifications.domain.DuePeriod;
import org.coproduction.notifications.domain.DueRule;
import org.coproduction.notifications.render.Zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Works out which of some people are due a digest now and claims their periods in the database. */
@ApplicationScoped
public class DigestPlanner {

    @Inject
    DeliveryQueue queue;

    @Inject
    NotificationsConfig config;

    /**
     * Claims the due periods of these people for the run (a period anyone claimed before is left alone).
     *
     * @return the people found due, whose details the run keeps so sending needs no second lookup
     */
    public List<Participant> plan(UUID runId, List<Participant> people, boolean force, Instant now) {
        List<Participant> eligible = people.stream().filter(p -> DeliveryDispatcher.digestSkipReason(p) == null).toList();
        if (eligible.isEmpty()) {
            return List.of();
        }
        Map<UUID, LastDigest> last = queue.lastDigests(eligible.stream().map(Participant::id).toList());
        DueRule rule = new DueRule(LocalTime.of(config.digest().sendHour(), 0));
        ZoneId fallbackZone = ZoneId.of(config.digest().defaultZone());
        List<NewDigest> due = new ArrayList<>();
        List<Participant> duePeople = new ArrayList<>();
        for (Participant p : eligible) {
            LastDigest previous = last.getOrDefault(p.id(), LastDigest.NONE);
            if (force) {
                // Forced: one extra digest for this run, whatever the schedule says (but never to people who opted out).
                due.add(new NewDigest(p.id(), "FORCED:" + runId, null, since(previous, now), now));
                duePeople.add(p);
                continue;
            }
            DigestSchedule schedule = new DigestSchedule(DigestFrequency.parse(p.frequency()), day(p.digestDay()),
                    Zones.of(p.timeZone(), fallbackZone));
            Optional<DuePeriod> period = rule.due(schedule, now, previous.lastPeriod());
            if (period.isPresent()) {
                DuePeriod d = period.get();
                due.add(new NewDigest(p.id(), d.key(), d.date(), since(previous, d.dueAt()), d.dueAt()));
                duePeople.add(p);
            }
        }
        queue.insertDigests(runId, due, now);
        return duePeople;
    }

    /**
     * Content starts where the last sent digest's content ended; a first digest looks back a configured time
     * from its period's start, so people due together share one "since" and their agendas come in one call.
     */
    private Instant since(LastDigest previous, Instant periodStart) {
        return previous.lastSentContentUntil() != null ? previous.lastSentContentUntil()
                : periodStart.minus(config.digest().firstLookBack());
    }

    private static DayOfWeek day(String digestDay) {
        try {
            return digestDay == null ? DayOfWeek.MONDAY : DayOfWeek.valueOf(digestDay.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return DayOfWeek.MONDAY;
        }
    }
}
