package org.yishi.command.api.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A member of the community comments on a clause, or replies to a comment ({@code replyTo}, null for a new thread). */
public record CommentOnClause(@TargetAggregateIdentifier ConventionId conventionId, CommentId commentId,
                              ClauseId clauseId, CommentId replyTo, String text, PersonId actor, Instant at) {
}
