package org.yishi.ops.ballots;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.yishi.ops.bench.Latencies;
import org.yishi.ops.live.Application;
import org.yishi.ops.live.WebUser;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Ballots through the whole stack against the store's own pace, on this machine. It starts the application (its own
 * JVM, embedded store on a known port, demo data plus {@code --voters} load-test residents), signs every voter in
 * over HTTP, and then:
 * <ol>
 * <li>inserts {@code voters} single documents straight into the same store through the driver, {@code concurrency}
 * writers at once: the raw insert rate;</li>
 * <li>opens an online vote with every voter on the roll and has each cast one ballot over REST, {@code concurrency}
 * in flight: ballots a second from the first request to the last acknowledgement;</li>
 * <li>opens a second vote and sends the same ballots at a steady {@code --rate}, each timed from the moment it was
 * due to be sent (so a stall delays what queues behind it, as it would for people) to its acknowledgement.</li>
 * </ol>
 * Both votes are then closed, and the ballots each counted must equal the ballots acknowledged.
 */
public final class BallotLoad {

    private static final int SIGN_IN_THREADS = 16;

    private BallotLoad() {
    }

    public static void main(String[] args) throws Exception {
        BallotLoadOptions options = BallotLoadOptions.parse(args);
        int storePort = Application.freePort();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                    .connectTimeout(Duration.ofSeconds(30)).build();
        Application application = Application.start(options.jar(), options.heap(), List.of(
                "--yishi.demo.voters=" + options.voters(), "--yishi.store.embedded.port=" + storePort));
        boolean failed = true;
        try {
            application.awaitHealthy(http);
            progress("application up at " + application.base + ", store on port " + storePort);
            List<WebUser> voters = signIn(http, application, options);
            WebUser committee = WebUser.signIn(http, application.base, "committee01");

            double raw;
            try (MongoClient store = MongoClients.create("mongodb://127.0.0.1:" + storePort)) {
                raw = RawInserts.rate(store, "yishi", options.voters(), options.concurrency());
            }
            progress("raw inserts: %.0f/s".formatted(raw));

            OnlineVote throughputVote = OnlineVote.open(committee, "压力测试表决一 ballot load, throughput");
            Run throughput = closedLoop(throughputVote, voters, options.concurrency());
            progress("throughput run: %.0f ballots/s".formatted(throughput.perSecond()));

            OnlineVote paced = OnlineVote.open(committee, "压力测试表决二 ballot load, steady rate");
            Run steady = openLoop(paced, voters, options.rate());
            progress("steady run done");

            throughputVote.close(committee);
            paced.close(committee);
            long countedFirst = throughputVote.countedBallots(committee, Duration.ofMinutes(2));
            long countedSecond = paced.countedBallots(committee, Duration.ofMinutes(2));

            Latencies closed = Latencies.of(throughput.latencies());
            Latencies open = Latencies.of(steady.latencies());
            System.out.printf("voters on the roll                 %,d%n", options.voters());
            System.out.printf("raw single-document inserts        %,.0f /s   (%d writers, driver, same store)%n",
                              raw, options.concurrency());
            System.out.printf("ballots through the stack          %,.0f /s   (%d in flight; HTTP, command, store, ack)%n",
                              throughput.perSecond(), options.concurrency());
            System.out.printf("ratio ballots / raw                %.2f%n", throughput.perSecond() / raw);
            System.out.printf("  ack latency in that run          p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                              closed.p50Millis(), closed.p99Millis(), closed.maxMillis());
            System.out.printf("ack latency at %.0f ballots/s        p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                              + "   (achieved %.0f/s)%n", options.rate(), open.p50Millis(), open.p99Millis(),
                              open.maxMillis(), steady.perSecond());
            System.out.printf("ballots refused                    %d + %d%s%n", throughput.refused(),
                              steady.refused(), throughput.firstRefusal().isEmpty() && steady.firstRefusal().isEmpty()
                                                ? "" : "   first: " + throughput.firstRefusal()
                                                       + steady.firstRefusal());
            System.out.printf("counted after close                %d of %d, %d of %d%n", countedFirst,
                              throughput.accepted(), countedSecond, steady.accepted());
            failed = throughput.refused() + steady.refused() > 0 || countedFirst != throughput.accepted()
                     || countedSecond != steady.accepted();
        } finally {
            application.stop(options.keep() || failed);
            if (failed) {
                System.err.println("Application log kept at " + application.log);
            }
        }
        System.exit(failed ? 1 : 0);
    }

    private static List<WebUser> signIn(HttpClient http, Application application, BallotLoadOptions options)
            throws Exception {
        String last = "voter%05d".formatted(options.voters());
        // the load-test residents are registered after the demo: wait until the last can sign in
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (true) {
            try {
                WebUser.signIn(http, application.base, last);
                break;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The load-test voters were not registered in time:\n"
                                                    + application.tail());
                }
                Thread.sleep(1000);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(SIGN_IN_THREADS);
        try {
            List<Future<WebUser>> signingIn = new ArrayList<>();
            for (int i = 1; i <= options.voters(); i++) {
                String username = "voter%05d".formatted(i);
                signingIn.add(pool.submit(() -> WebUser.signIn(http, application.base, username)));
            }
            List<WebUser> voters = new ArrayList<>();
            for (Future<WebUser> voter : signingIn) {
                voters.add(voter.get());
            }
            progress(voters.size() + " voters signed in");
            return voters;
        } finally {
            pool.shutdown();
        }
    }

    /** {@code inFlight} ballots at a time, each voter once. */
    private static Run closedLoop(OnlineVote vote, List<WebUser> voters, int inFlight) throws Exception {
        Run run = new Run(voters.size());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight);
        run.started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < inFlight; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < voters.size(); i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        run.record(i, sent, vote.vote(voters.get(i), option(i)).join());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        run.finished = System.nanoTime();
        return run;
    }

    /** Each voter's ballot due at a steady {@code rate}, timed from when it was due. */
    private static Run openLoop(OnlineVote vote, List<WebUser> voters, double rate) throws Exception {
        Run run = new Run(voters.size());
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        run.started = System.nanoTime();
        for (int i = 0; i < voters.size(); i++) {
            long due = run.started + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int index = i;
            sent.add(vote.vote(voters.get(i), option(i)).thenAccept(reply -> run.record(index, due, reply)));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        run.finished = System.nanoTime();
        return run;
    }

    private static String option(int i) {
        return i % 5 == 4 ? "NO" : i % 7 == 6 ? "ABSTAIN" : "YES";
    }

    private static void progress(String line) {
        System.err.println("[ballot-load] " + line);
    }

    /** What one run saw: each ballot's latency and the refusals. */
    private static final class Run {

        private final AtomicLongArray latencies;
        private final AtomicInteger accepted = new AtomicInteger();
        private final Map<Integer, String> refusals = new ConcurrentHashMap<>();
        private long started;
        private long finished;

        Run(int ballots) {
            latencies = new AtomicLongArray(ballots);
        }

        void record(int index, long from, WebUser.Reply reply) {
            latencies.set(index, System.nanoTime() - from);
            if (reply.ok()) {
                accepted.incrementAndGet();
            } else {
                refusals.put(index, reply.status() + " " + reply.body());
            }
        }

        long[] latencies() {
            long[] all = new long[latencies.length()];
            for (int i = 0; i < all.length; i++) {
                all[i] = latencies.get(i);
            }
            return all;
        }

        double perSecond() {
            return latencies.length() / ((finished - started) / 1e9);
        }

        int accepted() {
            return accepted.get();
        }

        int refused() {
            return refusals.size();
        }

        String firstRefusal() {
            return refusals.values().stream().findFirst().orElse("");
        }
    }
}
