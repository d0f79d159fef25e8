package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** {@code replaces}: the rater changed an earlier rating, which no longer counts. */
public record ImplementationRated(DecisionId decisionId, PersonId rater, int stars, String comment, boolean replaces,
                                  Instant at) {
}
