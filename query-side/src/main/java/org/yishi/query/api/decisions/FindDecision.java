package org.yishi.query.api.decisions;

import java.time.LocalDate;

/**
 * Asks for a decision's page; an empty Optional if the decision is unknown. {@code viewerId} (null if nobody is
 * signed in) picks out the viewer's own rating; {@code today}, in the community's calendar, decides which follow-up
 * actions are overdue. Reading rights are the asker's to check, from {@link DecisionPage#visibility()} and status.
 */
public record FindDecision(String decisionId, String viewerId, LocalDate today) {
}
