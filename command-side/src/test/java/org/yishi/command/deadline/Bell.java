package org.yishi.command.deadline;

import java.util.concurrent.atomic.AtomicInteger;

/** What a ringing reminder calls: fails as many times as it is told to, to show that a failed deadline is retried. */
final class Bell {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger rings = new AtomicInteger();

    void failNext(int times) {
        failuresLeft.set(times);
    }

    void ring(String reminder) {
        if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new IllegalStateException("The bell of " + reminder + " is stuck");
        }
        rings.incrementAndGet();
    }

    int rings() {
        return rings.get();
    }
}
