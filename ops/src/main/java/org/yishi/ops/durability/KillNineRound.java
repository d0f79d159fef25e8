package org.yishi.ops.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One round of the kill -9 check: starts {@link AppendUntilKilled} in its own JVM on the store, lets it append for a
 * while, kills it with SIGKILL and collects every commit it acknowledged before dying.
 * <p>
 * The time to append is counted from the first acknowledgement, not from READY: a fresh JVM spends its first few
 * hundred milliseconds opening connections and compiling. On a slow or busy machine the kill also waits for
 * {@link #MINIMUM_ACKS}, so that no round passes the audit by having acknowledged next to nothing.
 */
final class KillNineRound {

    /** What a JVM that the kernel ends with SIGKILL (9) reports as its exit code. */
    static final int SIGKILL_EXIT_CODE = 128 + 9;
    static final int MINIMUM_ACKS = 21;

    /** How long the writer may take to start appending, or to reach {@link #MINIMUM_ACKS}. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_LINES_ON_FAILURE = 40;

    /**
     * @param problems  ERROR lines and anything else the writer printed that is not part of its protocol
     * @param appending from the first acknowledgement to the kill
     */
    record Outcome(String label, List<Ack> acks, List<String> problems, int exitCode, Duration appending) {

        double acksPerSecond() {
            return acks.size() * 1000.0 / Math.max(1, appending.toMillis());
        }
    }

    private KillNineRound() {
    }

    /**
     * @param log file the writer's stderr is appended to; its server and driver log there
     */
    static Outcome run(Path store, Path log, String label, boolean fsync, int writers, Duration appendFor)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The writer lives for a second or two: the optimising compiler and parallel collector threads would only
        // take CPU away from its writes.
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                                             "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                                             "-cp", System.getProperty("java.class.path"),
                                             AppendUntilKilled.class.getName(),
                                             store.toString(), label, Boolean.toString(fsync),
                                             Integer.toString(writers))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            WriterOutput stdout = new WriterOutput(process);
            if (!stdout.writing.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Writer " + label + " did not start appending within " + PATIENCE
                                                + " (READY seen: " + (stdout.ready.getCount() == 0) + "). "
                                                + "End of its log " + log + ":\n" + tail(log));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Writer " + label + " exited on its own with " + process.waitFor()
                                                + ". End of its log " + log + ":\n" + tail(log));
            }
            long writingSince = System.nanoTime();
            Thread.sleep(appendFor.toMillis());
            stdout.enoughAcks.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            // Through the handle: Process.destroyForcibly also sends SIGKILL, but then closes our end of the pipes,
            // and the acknowledgements still in the pipe would be lost.
            process.toHandle().destroyForcibly();
            Duration appending = Duration.ofNanos(System.nanoTime() - writingSince);
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Writer " + label + " survived its kill");
            }
            // Lines the writer got into the pipe before it died are still there; read up to end of file.
            stdout.reader.join(EXIT_TIMEOUT.toMillis());
            if (stdout.reader.isAlive()) {
                throw new IllegalStateException("The stdout of writer " + label + " stayed open after it died");
            }
            return new Outcome(label, List.copyOf(stdout.acks), List.copyOf(stdout.problems), process.exitValue(),
                               appending);
        } finally {
            process.destroyForcibly();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
    }

    /** Reads the writer's stdout on its own thread, so the writers never block on a full pipe. */
    private static final class WriterOutput {

        final CountDownLatch ready = new CountDownLatch(1);
        /** Released by the first line after READY, an acknowledgement or an error, or by the end of the output. */
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch enoughAcks = new CountDownLatch(MINIMUM_ACKS);
        final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        final Thread reader;

        WriterOutput(Process process) {
            reader = new Thread(() -> read(process), "writer-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(Process process) {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    accept(line);
                }
            } catch (IOException e) {
                problems.add("stdout broke: " + e);
            } finally {
                writing.countDown();
            }
        }

        private void accept(String line) {
            if (ready.getCount() == 0) {
                writing.countDown();
            }
            if (line.startsWith(Ack.PREFIX)) {
                try {
                    acks.add(Ack.parse(line));
                    enoughAcks.countDown();
                } catch (IllegalArgumentException e) {
                    problems.add(line);
                }
            } else if (line.equals(AppendUntilKilled.READY)) {
                ready.countDown();
            } else {
                problems.add(line);
            }
        }
    }
}
