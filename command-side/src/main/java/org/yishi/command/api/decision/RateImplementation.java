package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A verified resident rates how a published decision was carried out (联合评单): 1 to 5 stars and an optional
 * comment. One rating per person; a new one replaces the earlier.
 */
public record RateImplementation(@TargetAggregateIdentifier DecisionId decisionId, int stars, String comment,
                                 PersonId actor, Instant at) {
}
