package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

public record ProgressReported(DecisionId decisionId, ActionId actionId, String report, PersonId by, Instant at) {
}
