package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * Checks {@code participant} in: with the join code in the room ({@code code} set, actor is the participant), online
 * (actor is the participant) or by staff for someone without a phone (actor is staff). Checking in again after leaving
 * is returning.
 */
public record CheckIn(@TargetAggregateIdentifier SessionId sessionId, PersonId participant, CheckInMethod method,
                      String code, PersonId actor, Instant at) {
}
