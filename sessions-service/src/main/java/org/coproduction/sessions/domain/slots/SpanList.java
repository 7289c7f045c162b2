package org.coproduction.sessions.domain.slots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorted, merged, non-overlapping spans in epoch seconds, probed with a cursor that only moves forward.
 * Probes must come with non-decreasing times: the slot finder walks candidate starts in order, so each
 * person costs O(candidates + spans) rather than candidates x spans.
 */
final class SpanList {
    private final long[] starts;
    private final long[] ends;
    private int cursor;

    private SpanList(long[] starts, long[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static SpanList of(List<long[]> spans) {
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(s -> s[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] span : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            // Touching spans merge too: a window 18:00-19:00 followed by 19:00-20:00 holds a 90-minute slot.
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new long[] {span[0], span[1]});
            }
        }
        long[] s = new long[merged.size()];
        long[] e = new long[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            s[i] = merged.get(i)[0];
            e[i] = merged.get(i)[1];
        }
        return new SpanList(s, e);
    }

    /** True when [from, to) overlaps any span. Calls must come with non-decreasing {@code from}. */
    boolean overlaps(long from, long to) {
        while (cursor < ends.length && ends[cursor] <= from) {
            cursor++;
        }
        return cursor < ends.length && starts[cursor] < to;
    }

    /** True when [from, to) lies inside a single span. Calls must come with non-decreasing {@code to}. */
    boolean contains(long from, long to) {
        while (cursor < ends.length && ends[cursor] < to) {
            cursor++;
        }
        return cursor < ends.length && starts[cursor] <= from;
    }

    /** True when the instant lies in a span. Calls must come with non-decreasing {@code at}. */
    boolean covers(long at) {
        while (cursor < ends.length && ends[cursor] <= at) {
            cursor++;
        }
        return cursor < ends.length && starts[cursor] <= at;
    }
}
