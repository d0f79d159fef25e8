package org.yishi.ops.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The kill -9 check of {@code KillNineDurabilityTest} as a program, for more rounds and with figures: per round
 * the commits acknowledged, how many of them the store gives back and how many it holds in all (commits in flight
 * at the kill may land without having been acknowledged), and the acknowledgement rate.
 * <p>
 * Arguments: rounds, fsync (true/false), optionally the seed of the kill delays. Exits with 1 if anything
 * acknowledged was lost or the store is inconsistent, and then keeps the store directory for inspection.
 */
final class KillNineTrial {

    private static final int WRITERS = 4;

    private KillNineTrial() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: KillNineTrial <rounds> <fsync true|false> [seed]");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        boolean fsync = Boolean.parseBoolean(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : System.nanoTime();
        Random random = new Random(seed);
        Path directory = Files.createTempDirectory("yishi-killnine-");
        Path store = directory.resolve("store");
        System.out.printf("kill -9 trial: %d rounds, fsync %s, %d writer threads, seed %d, store %s%n",
                          rounds, fsync, WRITERS, seed, store);

        List<KillNineRound.Outcome> outcomes = new ArrayList<>();
        List<Ack> acknowledged = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Duration appendFor = Duration.ofMillis(400 + random.nextInt(1101));
            KillNineRound.Outcome outcome = KillNineRound.run(store, directory.resolve("writers.log"), "r" + round,
                                                              fsync, WRITERS, appendFor);
            outcomes.add(outcome);
            acknowledged.addAll(outcome.acks());
        }
        StoreAudit.Findings findings = StoreAudit.audit(store, acknowledged);

        System.out.printf("%-6s %8s %6s %6s %7s %12s %7s%n",
                          "round", "kill ms", "exit", "acked", "found", "stored (all)", "acks/s");
        long ackedTotal = 0;
        long foundTotal = 0;
        long appendingMillis = 0;
        for (KillNineRound.Outcome outcome : outcomes) {
            long acked = outcome.acks().size();
            long found = acked - findings.lostIn(outcome.label());
            System.out.printf("%-6s %8d %6d %6d %7d %12d %7.0f%n", outcome.label(),
                              outcome.appending().toMillis(), outcome.exitCode(), acked, found,
                              findings.storedCommitsPerLabel().getOrDefault(outcome.label(), 0L),
                              outcome.acksPerSecond());
            ackedTotal += acked;
            foundTotal += found;
            appendingMillis += outcome.appending().toMillis();
        }
        long lost = findings.lost().size();
        System.out.printf("total: %d acked, %d found, %d lost; %.0f acks/s over %d ms of appending%n",
                          ackedTotal, foundTotal, lost, ackedTotal * 1000.0 / Math.max(1, appendingMillis),
                          appendingMillis);
        System.out.printf("store: %d events stored, %d in the global stream, %d duplicate event ids, "
                          + "%d global positions out of order, %d acked commits missing from the global stream%n",
                          findings.storedEvents(), findings.trackedEvents(), findings.duplicateEventIds().size(),
                          findings.positionsOutOfOrder().size(), findings.acknowledgedButNotTracked().size());
        System.out.printf("store files: %d bytes, %.0f bytes per stored event%n", sizeOf(store),
                          sizeOf(store) / (double) Math.max(1, findings.storedEvents()));
        findings.lost().forEach(missing -> System.out.println("LOST " + missing));

        List<String> problems = outcomes.stream().flatMap(outcome -> outcome.problems().stream()).toList();
        problems.forEach(problem -> System.out.println("WRITER " + problem));
        boolean killed = outcomes.stream().allMatch(outcome -> outcome.exitCode() == KillNineRound.SIGKILL_EXIT_CODE);
        boolean sound = lost == 0 && problems.isEmpty() && killed && findings.duplicateEventIds().isEmpty()
                        && findings.positionsOutOfOrder().isEmpty() && findings.acknowledgedButNotTracked().isEmpty()
                        && findings.trackedEvents() == findings.storedEvents();
        if (!sound) {
            System.out.println("FAILED; the store is kept in " + directory);
            System.exit(1);
        }
        deleteRecursively(directory);
        System.out.println("OK: every acknowledged commit survived kill -9");
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
