package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A committee member adds a clause to the draft after {@code after} (null: at the end), in {@code chapter} (null: no
 * chapter), with a short reason.
 */
public record AddClause(@TargetAggregateIdentifier ConventionId conventionId, ClauseId clauseId, String chapter,
                        String text, ClauseId after, String reason, PersonId actor, Instant at) {
}
