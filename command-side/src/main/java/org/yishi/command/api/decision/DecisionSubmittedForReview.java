package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** Review round {@code round} (1, 2, ...) opened, on the wording it quotes. */
public record DecisionSubmittedForReview(DecisionId decisionId, int round, String title, String text, String note, PersonId by, Instant at) {
}
