package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The party secretary approved the wording of round {@code round}. */
public record DecisionApproved(DecisionId decisionId, int round, String comment, PersonId by, Instant at) {
}
