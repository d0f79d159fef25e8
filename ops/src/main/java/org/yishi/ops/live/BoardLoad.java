package org.yishi.ops.live;

import com.sun.management.OperatingSystemMXBean;
import org.yishi.ops.bench.Latencies;
import org.yishi.ops.bench.OtherLoad;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Load on one live board: starts the application in its own JVM, sets up a deliberation day with a public board over
 * the REST API, opens N STOMP viewers of the board over WebSocket, drives residents' and the moderator's commands at
 * a steady rate, and prints the latency from each update's append to its receipt at the last viewer, the messages
 * received a second, updates missed, and the application's heap per viewer. Exits with 1 if any viewer missed an
 * update, received one out of order, ended elsewhere than at the board's final position, or was lost.
 * <p>
 * Arguments: see {@link LoadOptions}. The report goes to standard output, progress to standard error.
 */
public final class BoardLoad {

    private static final Duration SIGN_IN_PATIENCE = Duration.ofMinutes(2);
    private static final Duration DRAIN = Duration.ofSeconds(60);
    private static final long MIB = 1024 * 1024;

    private BoardLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        System.exit(run(options, String.join(" ", args)) ? 0 : 1);
    }

    /** Runs the load and prints the report; true if every viewer received every update. */
    static boolean run(LoadOptions options, String arguments) throws Exception {
        HttpClient rest = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                                    .connectTimeout(Duration.ofSeconds(10)).build();
        progress("starting the application from %s with a %s heap", options.jar(), options.heap());
        Application app = Application.start(options.jar(), options.heap());
        ExecutorService listeners = Executors.newFixedThreadPool(2, daemon("viewer-listener"));
        List<BoardClient> clients = new ArrayList<>();
        boolean complete = false;
        boolean allAccepted = false;
        try {
            app.awaitHealthy(rest);
            progress("application %d healthy at %s; signing in the demo moderator, committee01 and %d residents",
                     app.pid(), app.base, options.residents());
            WebUser moderator = signInPatiently(rest, app.base, "moderator");
            WebUser committee = WebUser.signIn(rest, app.base, "committee01");
            Map<String, WebUser> people = new LinkedHashMap<>();
            people.put(moderator.username, moderator);
            List<String> residents = new ArrayList<>();
            for (int i = 1; i <= options.residents(); i++) {
                WebUser resident = WebUser.signIn(rest, app.base, String.format("resident%02d", i));
                people.put(resident.username, resident);
                residents.add(resident.username);
            }
            DeliberationDay day = DeliberationDay.setUp(committee, moderator);
            long startPosition = awaitBoard(day, moderator);
            progress("session %s (join code %s) open, item %s running, board at position %d", day.sessionId(),
                     day.joinCode(), day.itemId(), startPosition);

            Receipts receipts = new Receipts(startPosition);
            long heapBefore = app.retainedHeapBytes(moderator);
            HttpClient sockets = HttpClient.newBuilder().executor(listeners)
                                           .connectTimeout(Duration.ofSeconds(30)).build();
            progress("opening %,d viewers at up to %.0f a second", options.clients(), options.connectRate());
            BoardClients.Opened opened = BoardClients.open(sockets, app.base, day, receipts, options.clients(),
                                                           options.connectRate(), options.handshakes());
            clients.addAll(opened.ready());
            clients.addAll(opened.failed());
            progress("%,d viewers ready, %,d failed, in %.1f s", opened.ready().size(), opened.failed().size(),
                     opened.seconds());
            Thread.sleep(1_000);
            long heapAfter = app.retainedHeapBytes(moderator);

            progress("sending %.0f commands a second for %d s", options.rate(), options.duration().toSeconds());
            Cpu cpuBefore = Cpu.now(app.pid());
            Meeting meeting = new Meeting(day, moderator.username, residents, 4);
            CommandDriver driver = new CommandDriver(meeting, people,
                                                     (int) (options.rate() * options.duration().toSeconds()));
            CommandDriver.Outcome commands = driver.run(options.rate(), options.duration());
            long finalPosition = drain(day, moderator, opened.ready());
            Cpu cpu = Cpu.now(app.pid()).minus(cpuBefore);

            // Viewers that never became ready are counted as failed above, not as missing every update.
            List<BoardClient.Seen> seen = opened.ready().stream().map(BoardClient::seen).toList();
            Deliveries deliveries = Deliveries.judge(seen, receipts, finalPosition);
            complete = deliveries.complete() && opened.failed().isEmpty();
            allAccepted = commands.rejections().isEmpty();
            print(options, arguments, app, opened, commands, deliveries, finalPosition - startPosition, heapBefore, heapAfter,
                  cpu);
            if (!complete) {
                progress("INCOMPLETE: see missed / out of order / not at final / viewers failed above");
            }
            return complete;
        } finally {
            clients.forEach(BoardClient::close);
            listeners.shutdownNow();
            // the log tells why a command was refused or a viewer lost
            boolean keep = options.keep() || !complete || !allAccepted;
            app.stop(keep);
            if (keep) {
                progress("application log kept at %s", app.log);
            }
        }
    }

    /** Demo data is loaded after the application reports healthy; until then sign-in is refused. */
    private static WebUser signInPatiently(HttpClient http, URI base, String username) throws Exception {
        long deadline = System.nanoTime() + SIGN_IN_PATIENCE.toNanos();
        while (true) {
            try {
                return WebUser.signIn(http, base, username);
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }
    }

    /** The board's projection follows the event store; it has the session shortly after the commands. */
    private static long awaitBoard(DeliberationDay day, WebUser reader) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return day.boardPosition(reader);
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * Waits until every ready viewer has reached the board's position, then reads that position again: the board
     * may still have been catching up on the last commands. Returns the final position (what every viewer must end
     * at).
     */
    private static long drain(DeliberationDay day, WebUser reader, List<BoardClient> viewers) throws Exception {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        long position = day.boardPosition(reader);
        while (System.nanoTime() < deadline) {
            long target = position;
            if (viewers.stream().allMatch(viewer -> viewer.lastPosition() >= target)) {
                Thread.sleep(500);
                long again = day.boardPosition(reader);
                if (again == position) {
                    return position;
                }
                position = again;
            } else {
                Thread.sleep(50);
            }
        }
        progress("not every viewer reached position %d within %s", position, DRAIN);
        return position;
    }

    private static void print(LoadOptions options, String arguments, Application app, BoardClients.Opened opened,
                              CommandDriver.Outcome commands, Deliveries deliveries, long positionsSpanned,
                              long heapBefore, long heapAfter, Cpu cpu) {
        Latencies trips = Latencies.of(commands.roundTripNanos());
        Latencies last = deliveries.lastViewer();
        int viewers = opened.ready().size();
        String line = "%-44s %s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nYishi live board load — %d cores, application and load program on this one "
                                 + "machine (latency = wall-clock receipt minus the update's `at`, one clock)%n",
                                 Runtime.getRuntime().availableProcessors()));
        out.append(String.format(line, "load program", "java " + String.join(" ", ManagementFactory.getRuntimeMXBean()
                                                                                      .getInputArguments())
                                                         + " " + BoardLoad.class.getName() + " " + arguments));
        out.append(String.format(line, "application", String.join(" ", app.commandLine)));
        out.append(String.format(line, "viewers ready / failed (anonymous, public)",
                                 String.format("%,d / %,d (connected in %.1f s)", viewers, opened.failed().size(),
                                               opened.seconds())));
        out.append(String.format(line, "commands sent / accepted (steady)",
                                 String.format("%,d / %,d in %.1f s (%.1f/s asked %.1f/s; %,d idle ticks)",
                                               commands.sent(), commands.accepted(), commands.seconds(),
                                               commands.sent() / commands.seconds(), options.rate(),
                                               commands.idleTicks())));
        commands.acceptedByKind().forEach((kind, count) -> out.append(String.format(line, "  accepted: " + kind,
                                                                                    count)));
        commands.rejections().forEach((kind, what) -> out.append(String.format(line, "  NOT ACCEPTED: " + kind, what)));
        out.append(String.format(line, "command round trip p50 / p99 / max ms",
                                 String.format("%.1f / %.1f / %.1f", trips.p50Millis(), trips.p99Millis(),
                                               trips.maxMillis())));
        out.append(String.format(line, "board updates (positions spanned)",
                                 String.format("%,d (%,d)", deliveries.updates(), positionsSpanned)));
        out.append(String.format(line, "append → last viewer p50 / p99 / max ms",
                                 String.format("%.1f / %.1f / %.1f", last.p50Millis(), last.p99Millis(),
                                               last.maxMillis())));
        Latencies first = deliveries.firstViewer();
        out.append(String.format(line, "append → first viewer p50 / p99 / max ms",
                                 String.format("%.1f / %.1f / %.1f", first.p50Millis(), first.p99Millis(),
                                               first.maxMillis())));
        out.append(String.format(line, "messages received (all viewers)",
                                 String.format("%,d, %,.0f per second", deliveries.messages(),
                                               deliveries.messagesPerSecond())));
        out.append(String.format(line, "updates missed (viewer × update)", String.format("%,d", deliveries.missed())));
        out.append(String.format(line, "received out of order", String.format("%,d", deliveries.outOfOrder())));
        out.append(String.format(line, "viewers not at the final position",
                                 String.format("%,d", deliveries.notAtFinal())));
        out.append(String.format(line, "viewers failed or closed during the run",
                                 deliveries.failedViewers() + (deliveries.firstFailure() == null ? ""
                                         : " (first: " + deliveries.firstFailure() + ")")));
        out.append(String.format(line, "updates had only coalesced (viewer × update)",
                                 String.format("%,d", deliveries.coalesced())));
        out.append(String.format(line, "application heap after GC before / after",
                                 String.format("%,d MB / %,d MB", heapBefore / MIB, heapAfter / MIB)));
        out.append(String.format(line, "application heap per viewer",
                                 viewers == 0 ? "-" : String.format("%,.1f KB", (heapAfter - heapBefore)
                                                                              / 1024.0 / viewers)));
        out.append(String.format(line, "CPU during commands: application / load / rest",
                                 String.format("%.0f%% / %.0f%% / %.0f%% of one core (%d cores)",
                                               cpu.applicationShare() * 100, cpu.ownShare() * 100,
                                               cpu.othersShare() * 100, Runtime.getRuntime().availableProcessors())));
        out.append(String.format(line, "verdict", deliveries.complete() && opened.failed().isEmpty()
                ? "every viewer had every update, in order" : "INCOMPLETE"));
        System.out.print(out);
        System.out.flush();
    }

    private static void progress(String format, Object... args) {
        System.err.printf(format + "%n", args);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * CPU seconds used by the application (from {@code /proc/<pid>/stat}), by this program and by everything else on
     * the machine (a busy neighbour shows there), over wall time.
     */
    private record Cpu(long nanos, double application, double own, double machine) {

        private static final double TICKS_PER_SECOND = 100;

        static Cpu now(long pid) throws IOException {
            String[] stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat")).split("\\) ", 2)[1]
                                 .split(" ");
            // after "pid (comm) ", utime and stime are the 12th and 13th fields
            double application = (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / TICKS_PER_SECOND;
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Cpu(System.nanoTime(), application, os.getProcessCpuTime() / 1e9,
                           OtherLoad.machineBusySeconds());
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(nanos - earlier.nanos, application - earlier.application, own - earlier.own,
                           machine - earlier.machine);
        }

        double othersShare() {
            return Math.max(0, machine - application - own) / (nanos / 1e9);
        }

        double applicationShare() {
            return application / (nanos / 1e9);
        }

        double ownShare() {
            return own / (nanos / 1e9);
        }
    }
}
