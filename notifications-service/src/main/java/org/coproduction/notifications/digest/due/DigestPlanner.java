package org.coproduction.notifications.digest.due;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.delivery.SkipRule;
import org.coproduction.notifications.digest.unsubscribe.Unsubscribes;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DigestFrequency;
import org.coproduction.notifications.domain.DigestSchedule;
import org.coproduction.notifications.domain.DuePeriod;
import org.coproduction.notifications.domain.DueRule;
import org.coproduction.notifications.privacy.ErasedParticipants;
import org.coproduction.notifications.render.Zones;

/** Works out which of some people are due a digest now, and for which period. Claims nothing: the run does. */
@ApplicationScoped
public class DigestPlanner {

    private final DuePeriods periods;
    private final SkipRule skipRule;
    private final NotificationsConfig config;
    private final ErasedParticipants erased;
    private final Unsubscribes unsubscribes;

    public DigestPlanner(
            DuePeriods periods,
            SkipRule skipRule,
            NotificationsConfig config,
            ErasedParticipants erased,
            Unsubscribes unsubscribes) {
        this.periods = periods;
        this.skipRule = skipRule;
        this.config = config;
        this.erased = erased;
        this.unsubscribes = unsubscribes;
    }

    /** What a look at some people found: the digests due, and whom it left out with the reason, in plain words. */
    public record Plan(List<NewDigest> due, Map<UUID, String> leftOut) {}

    static final String ERASED = "participant was erased";
    static final String UNSUBSCRIBED = "participant stopped digests with a digest's one-click unsubscribe";
    static final String NOT_DUE = "not due: their digest for this period is made already, or its day has not come";

    /**
     * The digests due now for these people. Forced: a digest each, whatever the schedule says (but never to people
     * the skip rule leaves out, such as those who opted out); it counts as the period's digest where one is due.
     */
    public List<NewDigest> due(List<Participant> people, boolean force, Instant now) {
        return plan(people, force, true, now).due();
    }

    /** As {@link #due}, also saying whom it left out and why. */
    public Plan plan(List<Participant> people, boolean force, Instant now) {
        return plan(people, force, true, now);
    }

    /**
     * As {@link #due}, also saying whom it left out and why.
     *
     * @param countsForPeriod whether a forced digest counts as the period's digest (see {@link PeriodChoice})
     */
    public Plan plan(List<Participant> people, boolean force, boolean countsForPeriod, Instant now) {
        Map<UUID, String> leftOut = new java.util.LinkedHashMap<>();
        List<Participant> wanting = new ArrayList<>();
        for (Participant p : people) {
            Optional<String> skip = skipRule.skip(DeliveryKind.DIGEST, p);
            if (skip.isPresent()) {
                leftOut.put(p.id(), skip.get());
            } else {
                wanting.add(p);
            }
        }
        if (wanting.isEmpty()) {
            return new Plan(List.of(), leftOut);
        }
        // Someone erased after participants-service answered gets no new delivery naming them.
        Set<UUID> erasedMeanwhile =
                erased.erasedAmong(wanting.stream().map(Participant::id).toList());
        // Someone who used a digest's one-click unsubscribe link gets no more digests (forced ones included).
        Set<UUID> unsubscribed =
                unsubscribes.among(wanting.stream().map(Participant::id).toList());
        erasedMeanwhile.forEach(id -> leftOut.put(id, ERASED));
        unsubscribed.stream().filter(id -> !erasedMeanwhile.contains(id)).forEach(id -> leftOut.put(id, UNSUBSCRIBED));
        List<Participant> eligible = wanting.stream()
                .filter(p -> !erasedMeanwhile.contains(p.id()) && !unsubscribed.contains(p.id()))
                .toList();
        if (eligible.isEmpty()) {
            return new Plan(List.of(), leftOut);
        }
        Map<UUID, LastDigest> last =
                periods.lastDigests(eligible.stream().map(Participant::id).toList());
        DueRule rule = new DueRule(LocalTime.of(config.digest().sendHour(), 0));
        ZoneId fallbackZone = ZoneId.of(config.digest().defaultZone());
        List<NewDigest> due = new ArrayList<>();
        for (Participant p : eligible) {
            LastDigest previous = last.getOrDefault(p.id(), LastDigest.NONE);
            DigestSchedule schedule = new DigestSchedule(
                    DigestFrequency.parse(p.frequency()), day(p.digestDay()), Zones.of(p.timeZone(), fallbackZone));
            PeriodChoice.Choice choice = PeriodChoice.choose(
                    rule.due(schedule, now, previous.lastPeriod()), p.createdAt(), force, countsForPeriod, NOT_DUE);
            if (choice.extra()) {
                due.add(NewDigest.forced(p.id(), since(previous, now), now));
            } else if (choice.period() != null) {
                DuePeriod d = choice.period();
                // A forced digest's content runs to now; a scheduled one's to its period's due time.
                Instant until = force ? now : d.dueAt();
                due.add(new NewDigest(p.id(), d.key(), d.date(), since(previous, until), until));
            } else {
                leftOut.put(p.id(), choice.notDue());
            }
        }
        return new Plan(due, leftOut);
    }

    /**
     * Content starts where the last sent digest's content ended; a first digest looks back a configured time
     * from its period's start, so people due together share one "since" and their agendas come in one call.
     */
    public Instant since(LastDigest previous, Instant periodStart) {
        return previous.lastSentContentUntil() != null
                ? previous.lastSentContentUntil()
                : periodStart.minus(config.digest().firstLookBack());
    }

    private static DayOfWeek day(String digestDay) {
        try {
            return digestDay == null
                    ? DayOfWeek.MONDAY
                    : DayOfWeek.valueOf(digestDay.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return DayOfWeek.MONDAY;
        }
    }
}
