package org.yishi.command.motion;

import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.SealedBallot;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A seal a test can predict: the content in base64 under the motion's name, so that fixture tests state the exact
 * envelope. It opens only the envelopes of the motion they were sealed for, as the real seal does.
 */
final class PlainSeal implements BallotSeal {

    static SealedBallot sealed(MotionId motion, String option, String reason) {
        String text = option + "\n" + (reason == null ? "" : reason);
        return new SealedBallot(motion.value(),
                                Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public SealedBallot seal(MotionId motion, BallotContent content) {
        return sealed(motion, content.option(), content.reason());
    }

    @Override
    public BallotContent open(MotionId motion, SealedBallot sealed) {
        if (!sealed.nonce().equals(motion.value())) {
            throw new IllegalStateException("not this motion's envelope");
        }
        String text = new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.UTF_8);
        int separator = text.indexOf('\n');
        String reason = text.substring(separator + 1);
        return new BallotContent(text.substring(0, separator), reason.isEmpty() ? null : reason);
    }
}
