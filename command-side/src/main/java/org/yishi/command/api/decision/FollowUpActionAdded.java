package org.yishi.command.api.decision;

import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

public record FollowUpActionAdded(DecisionId decisionId, ActionId actionId, String description, String responsible,
                                  PersonId reporter, LocalDate due, PersonId by, Instant at) {
}
