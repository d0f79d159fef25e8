package org.yishi.command.api.decision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.yishi.command.api.community.PersonId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A committee member adds a follow-up action to a published decision: what is to be done, who is responsible (a
 * body such as the property company, by name, and optionally a member who reports for it), and by when.
 */
public record AddFollowUpAction(@TargetAggregateIdentifier DecisionId decisionId, ActionId actionId,
                                String description, String responsible, PersonId reporter, LocalDate due,
                                PersonId actor, Instant at) {
}
