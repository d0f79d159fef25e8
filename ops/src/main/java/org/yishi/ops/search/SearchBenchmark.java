package org.yishi.ops.search;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.query.api.archive.SearchArchive;
import org.yishi.query.api.archive.SearchResults;
import org.yishi.query.search.ArchiveSearchProjection;
import org.yishi.query.search.IndexTokenStore;
import org.yishi.query.search.SearchIndex;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The archive search benchmark: {@code count} agreements (default 100,000, {@link Agreements}) go as their events
 * through the search projection's handlers into a fresh index on disk, committed with the token every 500 events as
 * its processor does; then the 200 fixed queries ({@link BenchQueries}) run through a query bus once to warm up and
 * five times timed, one at a time. A second argument names a directory to keep the index in; a later run given the same
 * directory skips the indexing and times the queries again. Prints the indexing rate, the search latency p50 / p95 / p99 / max, the mean
 * number of matches, the index size and the heap in use.
 */
public final class SearchBenchmark {

    private static final int BATCH = 500;
    private static final int ROUNDS = 5;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0].replace(",", "").replace("_", "")) : 100_000;
        boolean kept = args.length > 1;
        Path directory = kept ? Path.of(args[1]) : Files.createTempDirectory("yishi-search-bench");
        try (SearchIndex index = SearchIndex.open(directory.resolve("index"))) {
            ArchiveSearchProjection projection = new ArchiveSearchProjection(
                    index, EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build());
            IndexTokenStore tokens = new IndexTokenStore(index, EventSerializers.jackson());
            boolean indexed = index.position() >= 0;
            if (!indexed) {
                tokens.initializeTokenSegments(ArchiveSearchProjection.GROUP, 1, null);
            }
            AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
            long[] position = {0};

            long started = System.nanoTime();
            long events = indexed ? index.position() + 1 : new Agreements().generate(count, event -> {
                long at = position[0]++;
                try {
                    handlers.handle(new GenericEventMessage<>(event, MetaData.with(EventMetadata.GLOBAL_POSITION, at)));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                if (position[0] % BATCH == 0) {
                    tokens.storeToken(new GlobalSequenceTrackingToken(at), ArchiveSearchProjection.GROUP, 0);
                }
            });
            if (!indexed) {
                tokens.storeToken(new GlobalSequenceTrackingToken(position[0] - 1), ArchiveSearchProjection.GROUP, 0);
            }
            double indexSeconds = (System.nanoTime() - started) / 1e9;

            SimpleQueryBus bus = SimpleQueryBus.builder().build();
            new AnnotationQueryHandlerAdapter<>(projection).subscribe(bus);
            QueryGateway queries = DefaultQueryGateway.builder().queryBus(bus).build();
            List<SearchArchive> fixed = BenchQueries.all();
            long matches = 0;
            for (SearchArchive query : fixed) {
                matches += queries.query(query, SearchResults.class).join().total();
            }
            long[] nanos = new long[fixed.size() * ROUNDS];
            long[] cpu = new long[fixed.size() * ROUNDS];
            long[] perQuery = new long[fixed.size()];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int sample = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int q = 0; q < fixed.size(); q++) {
                    long cpuBefore = threads.getCurrentThreadCpuTime();
                    long before = System.nanoTime();
                    queries.query(fixed.get(q), SearchResults.class).join();
                    long took = System.nanoTime() - before;
                    cpu[sample] = threads.getCurrentThreadCpuTime() - cpuBefore;
                    nanos[sample++] = took;
                    perQuery[q] += took;
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf("agreements                 %,d (%,d events)%n", count, events);
            if (indexed) {
                System.out.printf("indexing                   skipped: the index at %s was kept from an earlier run%n",
                                  directory);
            } else {
                System.out.printf("indexing                   %.1f s, %,.0f agreements/s, %,.0f events/s%n",
                                  indexSeconds, count / indexSeconds, events / indexSeconds);
            }
            System.out.printf("search latency (%d queries x %d rounds)  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f "
                              + "ms%n", fixed.size(), ROUNDS, millis(nanos, 0.50), millis(nanos, 0.95),
                              millis(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
            // the query runs on this thread (a simple query bus): its CPU time is what it costs without other load
            System.out.printf("search CPU time per query  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                              millis(cpu, 0.50), millis(cpu, 0.95), millis(cpu, 0.99), cpu[cpu.length - 1] / 1e6);
            System.out.printf("load average during run    %.2f on %d processors%n",
                              ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                              Runtime.getRuntime().availableProcessors());
            System.out.printf("mean matches per query     %,.0f%n", (double) matches / fixed.size());
            System.out.printf("index size                 %.1f MB%n", index.sizeOnDisk() / 1e6);
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            System.out.println("slowest queries (mean of the rounds):");
            IntStream.range(0, fixed.size()).boxed()
                    .sorted(Comparator.comparingLong((Integer q) -> perQuery[q]).reversed()).limit(5)
                    .forEach(q -> System.out.printf("  %6.2f ms  %s%n", perQuery[q] / 1e6 / ROUNDS,
                                                    describe(fixed.get(q))));
            System.out.printf("heap used after GC         %,d MiB%n",
                              (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        } finally {
            if (!kept) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    private static String describe(SearchArchive query) {
        return "\"" + query.text() + "\"" + (query.communityId() == null ? "" : " community=" + query.communityId())
               + (query.kinds().isEmpty() ? "" : " kind=" + query.kinds())
               + (query.category() == null ? "" : " category=" + query.category())
               + (query.from() == null ? "" : " from=" + query.from() + " to=" + query.to())
               + " " + query.order().name().toLowerCase(Locale.ROOT);
    }

    /** The nearest-rank percentile of sorted timings, in milliseconds. */
    private static double millis(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
