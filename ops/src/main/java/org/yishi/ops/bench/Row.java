package org.yishi.ops.bench;

/**
 * One store size's figures, printed as one line of the table.
 *
 * @param unitEventsPerSecond preload rate of the motions written in units of work
 * @param bulk                whether the rest of the preload was written in one commit per motion
 * @param othersCpuShare      the share of the machine's CPU other processes used meanwhile, to tell contended
 *                            figures apart
 */
record Row(long size, double preloadSeconds, double unitEventsPerSecond, boolean bulk, long preloadGroupCommits,
           double singleEventCommitsPerSecond, double threeEventCommitsPerSecond, long appendGroupCommits,
           Latencies load, double trackingEventsPerSecond, long trackedEvents, long fileMib, long heapMib,
           double othersCpuShare) {

    private static final String FORMAT =
            "%10s | %9s | %9s | %5s | %9s | %10s | %10s | %9s | %8s | %8s | %10s | %8s | %7s | %8s | %6s%n";

    static String header() {
        return String.format(FORMAT, "events", "preload s", "units/s", "bulk", "grp cmts", "1-ev cmt/s",
                             "3-ev cmt/s", "grp cmts", "load p50", "load p99", "tracking/s", "tracked", "file MB",
                             "heap MB", "others")
               + String.format(FORMAT, "", "", "preload", "rest", "(preload)", "4 threads", "4 threads",
                               "(appends)", "ms", "ms", "events", "events", "", "retained", "CPU");
    }

    String line() {
        return String.format(FORMAT, String.format("%,d", size), String.format("%.1f", preloadSeconds),
                             String.format("%,.0f", unitEventsPerSecond), bulk ? "yes" : "no",
                             String.format("%,d", preloadGroupCommits),
                             String.format("%,.0f", singleEventCommitsPerSecond),
                             String.format("%,.0f", threeEventCommitsPerSecond),
                             String.format("%,d", appendGroupCommits), String.format("%.2f", load.p50Millis()),
                             String.format("%.2f", load.p99Millis()), String.format("%,.0f", trackingEventsPerSecond),
                             String.format("%,d", trackedEvents), String.format("%,d", fileMib),
                             String.format("%,d", heapMib), String.format("%.0f%%", othersCpuShare * 100));
    }
}
