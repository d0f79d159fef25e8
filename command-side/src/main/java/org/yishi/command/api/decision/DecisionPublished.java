package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

/** The approved decision is published and goes to the archive. */
public record DecisionPublished(DecisionId decisionId, Visibility visibility, PersonId by, Instant at) {
}
