package org.yishi.ops.stall;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.yishi.command.api.EventMetadata;
import org.yishi.command.eventstore.EventSerializers;
import org.yishi.command.eventstore.EventStoreCollections;
import org.yishi.command.eventstore.MongoCommitStorageEngine;
import org.yishi.command.eventstore.MongoTokenStore;
import org.yishi.command.eventstore.WriteStall;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault test 2, write stall: writers append commits for {@code seconds} from {@code writers} threads while three
 * processors run (tracking, pooled, pooled in store order), and a hook in the engine stalls about one commit in
 * {@code one-in} for 0.1 to 5 s between taking its positions and inserting it. At the end every processor must have
 * handled every stored event exactly once. Prints one line per processor and exits 1 if any missed or repeated one.
 * <p>
 * {@code java -cp … org.yishi.ops.stall.WriteStallTrial [seconds=60] [writers=8] [one-in=50]}
 */
public final class WriteStallTrial {

    private static final Duration HOLD_BACK = Duration.ofSeconds(2);
    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);

    /** The one event the trial writes: the n-th entry of a writer's own aggregate. */
    public record Entry(String writer, long n) {
    }

    /** Records each event by id, and counts those it sees again. */
    static final class Seen {

        final Map<String, Long> positions = new ConcurrentHashMap<>();
        final AtomicLong duplicates = new AtomicLong();

        void seen(String id, long position) {
            if (positions.putIfAbsent(id, position) != null) {
                duplicates.incrementAndGet();
            }
        }
    }

    public static final class TrackingProjection {
        final Seen seen = new Seen();

        @EventHandler
        void on(Entry entry, @MessageIdentifier String id,
                @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
            seen.seen(id, position);
        }
    }

    public static final class PooledProjection {
        final Seen seen = new Seen();

        @EventHandler
        void on(Entry entry, @MessageIdentifier String id,
                @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
            seen.seen(id, position);
        }
    }

    public static final class StoreOrderProjection {
        final Seen seen = new Seen();

        @EventHandler
        void on(Entry entry, @MessageIdentifier String id,
                @MetaDataValue(value = EventMetadata.GLOBAL_POSITION, required = true) Long position) {
            seen.seen(id, position);
        }
    }

    private WriteStallTrial() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int oneIn = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        Path directory = Files.createTempDirectory("yishi-write-stall");
        Map<Long, Long> stalls = new ConcurrentHashMap<>();
        WriteStall stall = (first, count) -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            if (random.nextInt(oneIn) == 0) {
                long millis = 100 + random.nextLong(4_901);
                stalls.put(first, millis);
                Thread.sleep(millis);
            }
        };
        TrackingProjection tracking = new TrackingProjection();
        PooledProjection pooled = new PooledProjection();
        StoreOrderProjection storeOrder = new StoreOrderProjection();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, true);
             MongoClient client = MongoClients.create(server.connectionString())) {
            EventStoreCollections collections = EventStoreCollections.in(client.getDatabase("yishi"));
            MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder().collections(collections)
                                                                      .gapTimeout(GAP_TIMEOUT).holdBack(HOLD_BACK)
                                                                      .writeStall(stall)
                                                                      .eventSerializer(EventSerializers.jackson())
                                                                      .snapshotSerializer(EventSerializers.jackson())
                                                                      .build();
            MongoTokenStore tokens = new MongoTokenStore(collections.tokens(), EventSerializers.jackson(),
                                                         Duration.ofSeconds(10), Clock.systemUTC());
            Configuration axon = DefaultConfigurer
                    .defaultConfiguration()
                    .configureSerializer(c -> EventSerializers.jackson())
                    .configureEventStore(c -> EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(50)
                                                                .build())
                    .eventProcessing(processing -> processing
                            .registerTokenStore(c -> tokens)
                            .registerEventHandler(c -> tracking)
                            .registerEventHandler(c -> pooled)
                            .registerEventHandler(c -> storeOrder)
                            .assignHandlerInstancesMatching("tracking", handler -> handler == tracking)
                            .assignHandlerInstancesMatching("pooled", handler -> handler == pooled)
                            .assignHandlerInstancesMatching("store-order", handler -> handler == storeOrder)
                            .registerTrackingEventProcessor("tracking")
                            .registerPooledStreamingEventProcessor("pooled")
                            .registerPooledStreamingEventProcessor("store-order")
                            .registerSequencingPolicy("store-order", c -> new SequentialPolicy()))
                    .buildConfiguration();
            axon.start();
            try {
                System.out.printf("write stall: %d s, %d writers, about one commit in %d stalled 0.1-5 s, hold-back "
                                  + "%d s, gap timeout %d s%n", seconds, writers, oneIn, HOLD_BACK.toSeconds(),
                                  GAP_TIMEOUT.toSeconds());
                long appended = write(engine, seconds, writers);
                Set<String> stored = ConcurrentHashMap.newKeySet();
                try (var stream = engine.readEvents(null, false)) {
                    stream.forEach(event -> stored.add(event.getIdentifier()));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (System.nanoTime() < deadline && !(caughtUp(tracking.seen, stored)
                                                          && caughtUp(pooled.seen, stored)
                                                          && caughtUp(storeOrder.seen, stored))) {
                    Thread.sleep(100);
                }
                long beyond = stalls.values().stream().filter(ms -> ms > HOLD_BACK.toMillis()).count();
                System.out.printf("appended %d events (%d stored), %d commits stalled (%d beyond the hold-back, "
                                  + "longest %d ms)%n", appended, stored.size(), stalls.size(), beyond,
                                  stalls.values().stream().mapToLong(Long::longValue).max().orElse(0));
                boolean ok = stored.size() == appended;
                ok &= report("tracking", tracking.seen, stored);
                ok &= report("pooled", pooled.seen, stored);
                ok &= report("store-order", storeOrder.seen, stored);
                System.out.println(ok ? "PASS" : "FAIL");
                if (!ok) {
                    System.exit(1);
                }
            } finally {
                axon.shutdown();
            }
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static boolean caughtUp(Seen seen, Set<String> stored) {
        return seen.positions.keySet().containsAll(stored);
    }

    private static boolean report(String processor, Seen seen, Set<String> stored) {
        long missed = stored.stream().filter(id -> !seen.positions.containsKey(id)).count();
        long unknown = seen.positions.keySet().stream().filter(id -> !stored.contains(id)).count();
        System.out.printf("%-12s handled %d, skipped %d, duplicates %d, not in the store %d%n", processor,
                          seen.positions.size(), missed, seen.duplicates.get(), unknown);
        return missed == 0 && seen.duplicates.get() == 0 && unknown == 0;
    }

    /** Each writer appends commits of one to three events to its own aggregate until the time is up. */
    private static long write(MongoCommitStorageEngine engine, int seconds, int writers) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String writer = "writer-" + w;
            counts.add(threads.submit(() -> {
                long sequence = 0;
                while (System.nanoTime() < until) {
                    int size = 1 + (int) (sequence % 3);
                    List<GenericDomainEventMessage<Entry>> commit = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        commit.add(new GenericDomainEventMessage<>("Entries", writer, sequence,
                                                                   new Entry(writer, sequence)));
                        sequence++;
                    }
                    engine.appendEvents(commit);
                }
                return sequence;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        threads.shutdown();
        return total;
    }
}
