package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Whether the live board may be watched without signing in, for a screen in the room. */
public record ChangeBoardVisibility(@TargetAggregateIdentifier SessionId sessionId, boolean publicBoard, PersonId actor,
                                    Instant at) {
}
