package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Starts an item that has not run yet; no other item may be running. */
public record StartItem(@TargetAggregateIdentifier SessionId sessionId, AgendaItemId itemId, PersonId actor,
                        Instant at) {
}
