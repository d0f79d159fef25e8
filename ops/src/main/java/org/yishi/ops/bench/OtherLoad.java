package org.yishi.ops.bench;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the machine other processes used while a size was measured: all busy CPU time (from
 * {@code /proc/stat}) less this JVM's own. A benchmark on a shared machine needs it to tell a slow store from a
 * busy neighbour; the load average cannot, since it counts this benchmark's own threads.
 */
public record OtherLoad(long takenNanos, double busySeconds, double ownSeconds) {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final double TICKS_PER_SECOND = 100;

    static OtherLoad now() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new OtherLoad(System.nanoTime(), machineBusySeconds(), os.getProcessCpuTime() / 1e9);
    }

    /** The share of all cores' time since this snapshot that other processes kept busy. */
    double othersShareSince() {
        OtherLoad end = now();
        double wall = (end.takenNanos - takenNanos) / 1e9;
        double others = (end.busySeconds - busySeconds) - (end.ownSeconds - ownSeconds);
        return Math.max(0, others) / (wall * Runtime.getRuntime().availableProcessors());
    }

    /** Busy time from {@code /proc/stat}'s first line: user, nice, system, irq, softirq and steal ticks. */
    public static double machineBusySeconds() {
        try {
            String[] fields = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long busy = 0;
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(fields[field]);
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
