package org.yishi.ops.live;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What all viewers share: one clock, the append time of each board update (the {@code at} of its message, parsed
 * once per position rather than once per viewer) and the count of messages received. A receipt packs a position,
 * relative to the board's position before the run, and the microseconds since the run's start into one long.
 */
final class Receipts {

    /**
     * Wall-clock microseconds, read cheaply: the epoch time once, then the monotonic clock. The application runs on
     * the same machine and stamps {@code at} with the same wall clock, so receipt minus {@code at} is a latency.
     */
    static final class Clock {

        private final long startEpochMicros;
        private final long startNanos;

        Clock() {
            Instant now = Instant.now();
            startNanos = System.nanoTime();
            startEpochMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        }

        long nowMicros() {
            return startEpochMicros + (System.nanoTime() - startNanos) / 1_000;
        }

        long sinceStartMicros(long epochMicros) {
            return epochMicros - startEpochMicros;
        }

        long epochMicros(long sinceStartMicros) {
            return startEpochMicros + sinceStartMicros;
        }
    }

    final Clock clock = new Clock();
    final LongAdder received = new LongAdder();
    private final long basePosition;
    private final Map<Long, Long> atMicros = new ConcurrentHashMap<>();

    /** @param basePosition a position at or below every position to be received */
    Receipts(long basePosition) {
        this.basePosition = basePosition;
    }

    boolean knowsAt(long position) {
        return atMicros.containsKey(position);
    }

    void at(long position, String isoInstant) {
        Instant at = Instant.parse(isoInstant);
        atMicros.putIfAbsent(position, at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000);
    }

    /** The append time of the update at {@code position} in epoch microseconds, or null if nobody received it. */
    Long atMicros(long position) {
        return atMicros.get(position);
    }

    long pack(long position, long receivedEpochMicros) {
        long offset = position - basePosition;
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Position " + position + " outside the run (base " + basePosition
                                               + ")");
        }
        return offset << 32 | (clock.sinceStartMicros(receivedEpochMicros) & 0xFFFF_FFFFL);
    }

    long position(long packed) {
        return basePosition + (packed >>> 32);
    }

    long micros(long packed) {
        return clock.epochMicros(packed & 0xFFFF_FFFFL);
    }
}
