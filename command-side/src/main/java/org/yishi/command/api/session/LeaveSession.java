package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The participant leaves (actor is the participant or staff). */
public record LeaveSession(@TargetAggregateIdentifier SessionId sessionId, PersonId participant, PersonId actor,
                           Instant at) {
}
