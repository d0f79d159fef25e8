package org.yishi.ops.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 */
final class KillNineRound {

    /** What a JVM that the kernel ends with SIGKILL (9) reports as its exit code. */
    static final int SIGKILL_EXIT_CODE = 128 + 9;

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * @param problems  ERROR lines and anything else the writer printed that is not part of its protocol
     * @param appending from READY to the kill
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
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m",
                                             "-cp", System.getProperty("java.class.path"),
                                             AppendUntilKilled.class.getName(),
                                             store.toString(), label, Boolean.toString(fsync),
                                             Integer.toString(writers))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            Stdout stdout = new Stdout(process);
            if (!stdout.ready.await(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Writer " + label + " did not start within " + STARTUP_TIMEOUT
                                                + "; see " + log);
            }
            long readyAt = System.nanoTime();
            Thread.sleep(appendFor.toMillis());
            process.destroyForcibly();
            Duration appending = Duration.ofNanos(System.nanoTime() - readyAt);
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

    /** Reads the writer's stdout on its own thread, so the writers never block on a full pipe. */
    private static final class Stdout {

        final CountDownLatch ready = new CountDownLatch(1);
        final List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());
        final Thread reader;

        Stdout(Process process) {
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
            }
        }

        private void accept(String line) {
            if (line.startsWith(Ack.PREFIX)) {
                try {
                    acks.add(Ack.parse(line));
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
