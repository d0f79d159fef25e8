package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The decision's new wording; {@code round} is the review round it answers (0 before the first review). */
public record DecisionRevised(DecisionId decisionId, int round, String title, String text, String reason, PersonId by, Instant at) {
}
