package org.yishi.command.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * Closes the running item with its outcome; {@code text} is the recommendation or a note on the outcome, required for
 * a recommendation.
 */
public record CloseItem(@TargetAggregateIdentifier SessionId sessionId, AgendaItemId itemId, Outcome outcome,
                        String text, PersonId actor, Instant at) {
}
