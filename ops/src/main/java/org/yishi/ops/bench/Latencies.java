package org.yishi.ops.bench;

import java.util.Arrays;

/** Median, 99th percentile and maximum of a set of timings, in milliseconds. */
public record Latencies(double p50Millis, double p99Millis, double maxMillis) {

    public static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                             sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile: the smallest timing that at least {@code p} of all timings do not exceed. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
