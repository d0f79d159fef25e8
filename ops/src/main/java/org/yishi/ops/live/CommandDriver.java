package org.yishi.ops.live;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends the meeting's commands at a steady rate, one every {@code 1/rate} seconds whatever the answers take, each
 * through its sender's own signed-in session; a tick on which everyone is still waiting for an answer sends nothing
 * and is counted.
 */
final class CommandDriver {

    /** What the commands did, for the report. */
    record Outcome(long sent, long accepted, long idleTicks, Map<String, Long> acceptedByKind,
                   Map<String, String> rejections, long[] roundTripNanos, double seconds) {
    }

    private final Meeting meeting;
    private final Map<String, WebUser> people;
    private final LongAdder sent = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder idle = new LongAdder();
    private final Map<String, LongAdder> acceptedByKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rejectedByKind = new ConcurrentHashMap<>();
    private final Map<String, String> firstRejection = new ConcurrentHashMap<>();
    private final AtomicLongArray roundTrips;
    private final AtomicLong roundTripCount = new AtomicLong();
    private final LongAdder inFlight = new LongAdder();

    CommandDriver(Meeting meeting, Map<String, WebUser> people, int expectedCommands) {
        this.meeting = meeting;
        this.people = people;
        this.roundTrips = new AtomicLongArray(expectedCommands + 1024);
    }

    Outcome run(double rate, Duration duration) throws InterruptedException {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "command-ticks");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        ticker.scheduleAtFixedRate(this::tick, 0, Math.round(1e9 / rate), TimeUnit.NANOSECONDS);
        Thread.sleep(duration.toMillis());
        ticker.shutdownNow();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (inFlight.sum() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, String> rejections = new TreeMap<>();
        rejectedByKind.forEach((kind, count) -> rejections.put(kind, count.sum() + ", first: "
                                                                     + firstRejection.get(kind)));
        Map<String, Long> byKind = new TreeMap<>();
        acceptedByKind.forEach((kind, count) -> byKind.put(kind, count.sum()));
        long[] trips = new long[(int) Math.min(roundTripCount.get(), roundTrips.length())];
        for (int i = 0; i < trips.length; i++) {
            trips[i] = roundTrips.get(i);
        }
        return new Outcome(sent.sum(), accepted.sum(), idle.sum(), byKind, rejections, trips, seconds);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void tick() {
        Meeting.Command command = meeting.next(System.nanoTime());
        if (command == null) {
            idle.increment();
            return;
        }
        sent.increment();
        inFlight.increment();
        long sentAt = System.nanoTime();
        people.get(command.actor())
              .sendAsync(command.method(), command.path(), command.json())
              .whenComplete((reply, failure) -> {
                  long trip = System.nanoTime() - sentAt;
                  long slot = roundTripCount.getAndIncrement();
                  if (slot < roundTrips.length()) {
                      roundTrips.set((int) slot, trip);
                  }
                  if (failure == null && reply.ok()) {
                      meeting.accepted(command);
                      accepted.increment();
                      acceptedByKind.computeIfAbsent(command.kind(), k -> new LongAdder()).increment();
                  } else {
                      // a command that got no answer may still be stored later; the meeting's belief then lags
                      String outcome = failure != null ? command.kind() + " (no answer: "
                              + rootCause(failure).getClass().getSimpleName() + ")" : command.kind();
                      rejectedByKind.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                      firstRejection.putIfAbsent(outcome, failure != null ? rootCause(failure).toString()
                              : reply.status() + " " + BoardFrames.abbreviate(reply.body()));
                  }
                  meeting.answered(command);
                  inFlight.decrement();
              });
    }
}
