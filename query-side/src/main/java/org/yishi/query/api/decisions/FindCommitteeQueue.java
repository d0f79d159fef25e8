package org.yishi.query.api.decisions;

/**
 * Asks for the decisions of a community that wait for the committee: drafts to send for review, decisions returned
 * by the party secretary (with her comments) to revise and resubmit, approved ones to publish. Returned ones come
 * first, then drafts, then approved ones; oldest first within each.
 */
public record FindCommitteeQueue(String communityId) {
}
