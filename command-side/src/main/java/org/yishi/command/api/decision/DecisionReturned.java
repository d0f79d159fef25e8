package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The party secretary returned round {@code round} to the committee with comments. */
public record DecisionReturned(DecisionId decisionId, int round, String comments, PersonId by, Instant at) {
}
