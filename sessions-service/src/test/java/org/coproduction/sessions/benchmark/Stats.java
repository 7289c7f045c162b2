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
}
