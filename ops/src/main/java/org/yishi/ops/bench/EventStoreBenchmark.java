package org.yishi.ops.bench;

/**
 * Figures for Yishi's event store on the embedded file-backed server at growing sizes: append rate, aggregate load
 * latency and tracking read rate should stay about flat from ten thousand to a million events.
 * <p>
 * Arguments: {@code [sizes] [fsync] [preload]}, defaults {@code 10000,100000,1000000 true bulk} (see
 * {@link BenchOptions}). The table goes to standard output, preload progress to standard error.
 */
public final class EventStoreBenchmark {

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) {
        BenchOptions options = BenchOptions.parse(args);
        System.out.printf("Yishi event store benchmark: embedded file-backed store, fsync=%s, %d cores, "
                          + "max heap %,d MB%n", options.fsync(), Runtime.getRuntime().availableProcessors(),
                          Heap.maxMib());
        System.out.printf("preload: %d threads, motions of %d events in commits of 1,3,2,3,1%s%nappends: %,d commits "
                          + "per commit size, %d threads | loads: %,d random motions | tracking: newest %,d events%n%n",
                          SizeRun.PRELOAD_THREADS, Preloader.EVENTS_PER_MOTION,
                          options.bulkRest() ? "; after the first tenth, one commit per motion (bulk)" : "",
                          SizeRun.APPEND_COMMITS,
                          SizeRun.APPEND_THREADS, SizeRun.LOADS, SizeRun.TRACKED_EVENTS);
        System.out.print(Row.header());
        for (long size : options.sizes()) {
            System.out.print(SizeRun.measure(size, options).line());
            System.out.flush();
        }
        System.out.printf("%npeak heap used %,d MB%n", Heap.peakMib());
    }
}
