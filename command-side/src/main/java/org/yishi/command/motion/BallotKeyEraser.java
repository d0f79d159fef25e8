package org.yishi.command.motion;

import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.yishi.command.api.motion.MotionClosed;

/**
 * Erases a motion's ballot key once its close is stored: the count has opened every envelope and recorded what they
 * said, so nothing needs the key again. It runs in Axon's default processor for its package,
 * {@code org.yishi.command.motion}, a tracking processor: the erasure happens only after the commit is stored, a
 * restart resumes it from its token, a failure of the store is retried, and repeating it on a replay is harmless.
 */
@Component
class BallotKeyEraser {

    private final BallotKeys keys;

    BallotKeyEraser(BallotKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(MotionClosed event) {
        keys.erase(event.motionId());
    }
}
