package org.yishi.command.motion;

import org.yishi.command.api.motion.MotionId;

import java.time.Instant;

/** The deadline of one motion: the vote closes at {@code closesAt}. */
record VoteCloses(MotionId motionId, Instant closesAt) {

    static final String DEADLINE = "motion-closes";
}
