package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Closes the session for good; no item may be running. */
public record CloseSession(@TargetAggregateIdentifier SessionId sessionId, PersonId actor, Instant at) {
}
