package org.yishi.ops.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures of this JVM, which hosts the embedded server as well as the engine. */
final class Heap {

    private static final long MIB = 1024 * 1024;

    private Heap() {
    }

    /** Heap in use after a full collection: what the store and the engine keep, not garbage. */
    static long retainedMib() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
    }

    /** The highest heap use seen since the JVM started, summed over the heap's pools. */
    static long peakMib() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                                .filter(pool -> pool.getType() == MemoryType.HEAP)
                                .map(MemoryPoolMXBean::getPeakUsage)
                                .mapToLong(usage -> usage.getUsed())
                                .sum() / MIB;
    }

    static long maxMib() {
        return Runtime.getRuntime().maxMemory() / MIB;
    }
}
