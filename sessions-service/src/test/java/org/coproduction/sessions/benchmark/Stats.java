package org.coproduction.sessions.benchmark;

import java.util.Arrays;

/** Median and 95th percentile of measured times, in milliseconds. */
record Stats(int samples, double median, double p95, double min, double max) {
    static Stats of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(
                sorted.length,
                ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)),
                ms(sorted[0]),
                ms(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    String row(String label) {
        return String.format("| %s | %d | %.2f | %.2f | %.2f | %.2f |", label, samples, median, p95, min, max);
    }

    /** A table row with the median per person in microseconds, so linearity reads straight off the column. */
    String row(int people) {
        return row(Integer.toString(people)) + String.format(" %.1f |", 1000 * median / people);
    }

    /**
     * One machine-readable line (scripts/bench.sh greps {@code ^BENCH }): name, size, then key=value figures.
     * Locale.ROOT so a decimal comma never splits a figure.
     */
    String benchLine(String name, int people) {
        return String.format(
                java.util.Locale.ROOT,
                "BENCH %s %d median_ms=%.2f p95_ms=%.2f min_ms=%.2f max_ms=%.2f runs=%d per_person_us=%.2f",
                name,
                people,
                median,
                p95,
                min,
                max,
                samples,
                1000 * median / people);
    }
}
