package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;

public record SupervisionCheckRecorded(DecisionId decisionId, ActionId actionId, boolean satisfactory, String finding, PersonId by, Instant at) {
}
