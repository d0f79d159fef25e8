package org.yishi.command.motion;

import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.SealedBallot;

/**
 * Seals a secret ballot's content into its inner envelope, and opens it again at the count. The motion's handlers
 * take it as a parameter; {@link AesGcmBallotSeal} is the component that serves it, under the keys of
 * {@link BallotKeys}.
 */
public interface BallotSeal {

    SealedBallot seal(MotionId motion, BallotContent content);

    /** Throws an {@link IllegalStateException} when the envelope is not this motion's or its key is gone. */
    BallotContent open(MotionId motion, SealedBallot sealed);
}
