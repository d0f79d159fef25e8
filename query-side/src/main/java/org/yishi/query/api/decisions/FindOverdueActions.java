package org.yishi.query.api.decisions;

import java.time.LocalDate;

/**
 * Asks for the follow-up actions of a community's published decisions that are not completed and were due before
 * {@code today}, the longest overdue first; for the community's home page.
 */
public record FindOverdueActions(String communityId, LocalDate today) {
}
