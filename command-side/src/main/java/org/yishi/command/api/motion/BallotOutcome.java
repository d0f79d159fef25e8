package org.yishi.command.api.motion;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;

/**
 * What became of one ballot of a {@link CastBallots}: stored (or recognised as already stored), or refused with the
 * message its voter would have had for a {@link CastBallot} of its own; {@code unauthorized} tells a voter who may not
 * vote at all from a ballot against a rule.
 */
public record BallotOutcome(boolean refused, boolean unauthorized, String chinese, String english) {

    public static final BallotOutcome STORED = new BallotOutcome(false, false, null, null);

    public static BallotOutcome refusedFor(Rejection refusal) {
        return new BallotOutcome(true, refusal instanceof Unauthorized, refusal.chinese(), refusal.english());
    }

    /** The refusal as the single ballot's handler would have thrown it. */
    public Rejection refusal() {
        return unauthorized ? new Unauthorized(chinese, english) : new Rejection(chinese, english);
    }
}
