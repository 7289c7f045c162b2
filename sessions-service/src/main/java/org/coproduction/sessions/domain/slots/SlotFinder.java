package org.coproduction.sessions.domain.slots;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the times that suit the most people. Each person's rules become sorted spans that are swept once
 * against the ordered candidate starts (O(people x candidates) array work, no per-minute loop), then the
 * per-slot tallies are ranked:
 * every required person free, then most people free, then the slot that includes the people most often
 * left out of their projects' recent sessions, then earliest.
 */
public final class SlotFinder {

    public SlotSearchResult find(SlotQuery query, List<PersonCalendar> people) {
        long[] starts = candidateStarts(query);
        long duration = query.duration().getSeconds();
        int n = starts.length;
        // One row of verdicts reused for everyone: keeping a row per person (people x candidates bytes, 40 MB for
        // 10,000 people) made the garbage collector copy it during the call, so 10,000 people cost more than
        // 10 x 1,000. Only the chosen slots' verdicts are kept, from a second, short sweep (see below).
        byte[] v = new byte[n];
        int[] freeCount = new int[n];
        int[] requiredMissing = new int[n];
        long[] fairness = new long[n];
        List<PersonSummary> summaries = new ArrayList<>(people.size());
        Map<ZoneId, LocalDays> zones = new HashMap<>();
        for (int p = 0; p < people.size(); p++) {
            PersonCalendar person = people.get(p);
            if (n > 0) {
                PersonTimeline.judge(
                        person,
                        starts,
                        duration,
                        query.now(),
                        zones.computeIfAbsent(person.zone(), z -> LocalDays.of(z, starts[0], starts[n - 1] + duration)),
                        v);
            }
            boolean required = query.required().contains(person.id());
            int[] reasonCounts = new int[UnavailableReason.values().length + 1];
            for (int k = 0; k < n; k++) {
                reasonCounts[v[k]]++;
                if (v[k] == PersonTimeline.FREE) {
                    freeCount[k]++;
                    fairness[k] += person.leftOutCount();
                } else if (required) {
                    requiredMissing[k]++;
                }
            }
            summaries.add(summary(person.id(), reasonCounts));
        }
        int[] top = rank(n, query.minAttendees(), freeCount, requiredMissing, fairness, query.limit());
        byte[][] verdicts = chosen(top, starts, duration, people, query.now(), zones);
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < top.length; i++) {
            slots.add(slot(i, starts[top[i]], duration, people, verdicts, query.required()));
        }
        return new SlotSearchResult(slots, n, summaries);
    }

    /**
     * Each person's verdicts at the chosen starts only ({@code verdicts[person][i]} for {@code top[i]}): the same
     * sweep over just those starts (in time order, as the sweep needs), with the zones' days already laid out.
     */
    private static byte[][] chosen(
            int[] top,
            long[] starts,
            long duration,
            List<PersonCalendar> people,
            Instant now,
            Map<ZoneId, LocalDays> zones) {
        Integer[] byTime = new Integer[top.length];
        for (int i = 0; i < top.length; i++) {
            byTime[i] = i;
        }
        Arrays.sort(byTime, (a, b) -> Long.compare(starts[top[a]], starts[top[b]]));
        long[] chosenStarts = new long[top.length];
        for (int j = 0; j < top.length; j++) {
            chosenStarts[j] = starts[top[byTime[j]]];
        }
        byte[][] verdicts = new byte[people.size()][];
        byte[] inTimeOrder = new byte[top.length];
        for (int p = 0; p < people.size(); p++) {
            byte[] row = new byte[top.length];
            if (top.length > 0) {
                PersonTimeline.judge(
                        people.get(p),
                        chosenStarts,
                        duration,
                        now,
                        zones.get(people.get(p).zone()),
                        inTimeOrder);
                for (int j = 0; j < top.length; j++) {
                    row[byTime[j]] = inTimeOrder[j];
                }
            }
            verdicts[p] = row;
        }
        return verdicts;
    }

    /** Who cannot come to exactly this interval, and why (used when a session is created or moved). */
    public List<Unavailability> conflicts(Instant start, Instant end, List<PersonCalendar> people, Instant now) {
        long[] starts = {start.getEpochSecond()};
        long duration = end.getEpochSecond() - start.getEpochSecond();
        List<Unavailability> conflicts = new ArrayList<>();
        for (PersonCalendar person : people) {
            byte verdict = PersonTimeline.judge(person, starts, duration, now)[0];
            if (verdict != PersonTimeline.FREE) {
                conflicts.add(new Unavailability(person.id(), PersonTimeline.reasonOf(verdict)));
            }
        }
        return conflicts;
    }

    private static long[] candidateStarts(SlotQuery query) {
        long[] starts = new long[query.candidateCount()];
        long from = query.from().getEpochSecond();
        long step = query.step().getSeconds();
        for (int k = 0; k < starts.length; k++) {
            starts[k] = from + k * step;
        }
        return starts;
    }

    private static int[] rank(
            int n, int minAttendees, int[] freeCount, int[] requiredMissing, long[] fairness, int limit) {
        Integer[] eligible = new Integer[n];
        int size = 0;
        for (int k = 0; k < n; k++) {
            if (freeCount[k] > 0 && freeCount[k] >= minAttendees) {
                eligible[size++] = k;
            }
        }
        Integer[] order = Arrays.copyOf(eligible, size);
        Arrays.sort(order, (a, b) -> {
            int c = Boolean.compare(requiredMissing[a] == 0, requiredMissing[b] == 0);
            if (c != 0) {
                return -c;
            }
            c = Integer.compare(freeCount[b], freeCount[a]);
            if (c != 0) {
                return c;
            }
            c = Long.compare(fairness[b], fairness[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] top = new int[Math.min(limit, size)];
        for (int i = 0; i < top.length; i++) {
            top[i] = order[i];
        }
        return top;
    }

    private static Slot slot(
            int k, long start, long duration, List<PersonCalendar> people, byte[][] verdicts, Set<UUID> required) {
        List<UUID> available = new ArrayList<>();
        List<Unavailability> unavailable = new ArrayList<>();
        List<UUID> missingRequired = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            byte v = verdicts[p][k];
            UUID id = people.get(p).id();
            if (v == PersonTimeline.FREE) {
                available.add(id);
            } else {
                unavailable.add(new Unavailability(id, PersonTimeline.reasonOf(v)));
                if (required.contains(id)) {
                    missingRequired.add(id);
                }
            }
        }
        return new Slot(
                Instant.ofEpochSecond(start),
                Instant.ofEpochSecond(start + duration),
                available,
                unavailable,
                missingRequired);
    }

    private static PersonSummary summary(UUID id, int[] reasonCounts) {
        Map<UnavailableReason, Integer> reasons = new EnumMap<>(UnavailableReason.class);
        for (UnavailableReason reason : UnavailableReason.values()) {
            if (reasonCounts[reason.ordinal() + 1] > 0) {
                reasons.put(reason, reasonCounts[reason.ordinal() + 1]);
            }
        }
        return new PersonSummary(id, reasonCounts[PersonTimeline.FREE], reasons);
    }
}
