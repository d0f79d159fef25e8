package org.yishi.command.api.motion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * The moderator (in a session) or a committee member (online) closes the vote now. {@code lot} is a random number
 * chosen by the caller, used only when a single-choice motion's tie rule is {@link TieRule#LOT}, and recorded.
 */
public record CloseMotion(@TargetAggregateIdentifier MotionId motionId, long lot, PersonId actor, Instant at) {
}
