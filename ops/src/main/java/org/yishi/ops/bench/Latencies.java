package org.yishi.ops.bench;

import java.util.Arrays;

/** Median and 99th percentile of a set of timings, in milliseconds. */
record Latencies(double p50Millis, double p99Millis) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    /** The nearest-rank percentile: the smallest timing that at least {@code p} of all timings do not exceed. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
