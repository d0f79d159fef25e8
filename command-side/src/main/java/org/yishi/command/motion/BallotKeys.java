package org.yishi.command.motion;

import org.yishi.command.api.motion.MotionId;

import javax.crypto.SecretKey;
import java.util.Optional;

/**
 * Each secret motion's own key, kept outside the event store so that erasing it after the count leaves the stored
 * envelopes unreadable for good. {@link MongoBallotKeys} is the component that serves it.
 */
public interface BallotKeys {

    /**
     * Makes the motion's key, unless it has one: a key is never replaced, since envelopes sealed under it may exist.
     * Called before the motion opens, so a failed opening may leave a key nobody uses, which is harmless.
     */
    void create(MotionId motion);

    /** Empty before {@link #create} and after {@link #erase}. */
    Optional<SecretKey> find(MotionId motion);

    void erase(MotionId motion);
}
