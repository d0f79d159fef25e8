package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

public record ActionCompleted(DecisionId decisionId, ActionId actionId, String note, PersonId by, Instant at) {
}
