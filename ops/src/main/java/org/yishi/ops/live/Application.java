package org.yishi.ops.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application under load, in its own JVM: {@code java -jar yishi.jar} on the embedded store in a fresh temporary
 * directory, demo data on, a free port, standard output and error to a log file in that directory.
 */
public final class Application implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Pattern METRIC_VALUE = Pattern.compile("\"statistic\"\\s*:\\s*\"VALUE\"\\s*,\\s*\"value\"\\s*:"
                                                                + "\\s*([0-9.Ee+-]+)");
    private static final int LOG_LINES_ON_FAILURE = 40;

    public final URI base;
    public final Path directory;
    public final Path log;
    public final List<String> commandLine;
    private final Process process;

    private Application(URI base, Path directory, Path log, List<String> commandLine, Process process) {
        this.base = base;
        this.directory = directory;
        this.log = log;
        this.commandLine = commandLine;
        this.process = process;
    }

    public static Application start(Path jar, String heap) throws IOException {
        return start(jar, heap, List.of());
    }

    /** With {@code extraArguments} after the usual ones, such as {@code --yishi.demo.voters=10000}. */
    public static Application start(Path jar, String heap, List<String> extraArguments) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No application jar at " + jar.toAbsolutePath()
                                               + "; build it with ./mvnw -o -q -DskipTests package");
        }
        Path directory = Files.createTempDirectory("yishi-board-load-");
        Path log = directory.resolve("application.log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                java("java"), "-Xms" + heap, "-Xmx" + heap, "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--server.tomcat.max-connections=20000",
                "--yishi.demo.enabled=true",
                "--yishi.store.uri=",
                "--yishi.store.embedded.directory=" + directory.resolve("store")));
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Application(URI.create("http://127.0.0.1:" + port + "/"), directory, log, command, process);
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until {@code /actuator/health} says UP. */
    public void awaitHealthy(HttpClient http) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        WebUser anonymous = WebUser.anonymous(http, base);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue()
                                                + ". End of its log " + log + ":\n" + tail());
            }
            try {
                WebUser.Reply health = anonymous.get("actuator/health");
                if (health.ok() && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The application was not healthy within " + STARTUP + ". End of its log "
                                        + log + ":\n" + tail());
    }

    /**
     * Heap in use after a full collection (asked for with {@code jcmd <pid> GC.run}), as the application's own
     * {@code jvm.memory.used} metric for the heap reports it; reading the metric needs someone signed in.
     */
    long retainedHeapBytes(WebUser reader) throws IOException, InterruptedException {
        Process gc = new ProcessBuilder(java("jcmd"), Long.toString(pid()), "GC.run")
                .redirectErrorStream(true).start();
        String output = new String(gc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed: " + output);
        }
        WebUser.Reply metric = reader.get("actuator/metrics/jvm.memory.used?tag=area:heap")
                                     .orThrow("The heap metric");
        Matcher value = METRIC_VALUE.matcher(metric.body());
        if (!value.find()) {
            throw new IllegalStateException("No heap value in " + metric.body());
        }
        return (long) Double.parseDouble(value.group(1));
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Stops the application; the temporary directory stays only if {@code keep} (it holds the log). */
    public void stop(boolean keep) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (!keep) {
            delete(directory);
        }
    }

    @Override
    public void close() {
        stop(false);
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e);
        }
    }

    private static String java(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
