package org.yishi.command.api.convention;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** A comment on a clause, or a reply to one ({@code replyTo}). */
public record ClauseCommented(ConventionId conventionId, CommentId commentId, ClauseId clauseId, CommentId replyTo,
                              String text, PersonId by, Instant at) {
}
