package org.yishi.command.deadline;

import java.time.Duration;

/**
 * How long a deadline whose handler failed waits before it is tried again: {@code first} after the first failure,
 * doubling with each further one up to {@code longest}. A deadline is never given up: a vote must close even if the
 * store was away for an hour.
 */
record RetryBackoff(Duration first, Duration longest) {

    RetryBackoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("The first delay must be positive and no longer than the longest");
        }
    }

    /** The wait after {@code failures} failed attempts (1 or more). */
    Duration after(int failures) {
        Duration delay = first;
        for (int failure = 1; failure < failures && delay.compareTo(longest) < 0; failure++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) < 0 ? delay : longest;
    }
}
