package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/**
 * A member proposes an amendment with a rationale: new wording for {@code clauseId} (REWORD), its removal (REMOVE,
 * {@code text} null), or a new clause after {@code clauseId} (NEW_CLAUSE; null: at the end) in {@code chapter}.
 */
public record ProposeAmendment(@TargetAggregateIdentifier ConventionId conventionId, AmendmentId amendmentId,
                               AmendmentKind kind, ClauseId clauseId, String chapter, String text, String rationale,
                               PersonId actor, Instant at) {
}
