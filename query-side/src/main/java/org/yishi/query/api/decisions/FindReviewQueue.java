package org.yishi.query.api.decisions;

/** Asks for the decisions of a community that await the party secretary's review, the longest waiting first. */
public record FindReviewQueue(String communityId) {
}
