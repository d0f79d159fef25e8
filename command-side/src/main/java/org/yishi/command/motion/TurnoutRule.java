package org.yishi.command.motion;

/**
 * A vote counts only when at least {@code required} units of its roll took part; a motion with no quorum of its own
 * ({@code required} 0) always counts. Abstaining is taking part.
 */
record TurnoutRule(int required) {

    boolean quorate(int tookPart) {
        return tookPart >= required;
    }
}
