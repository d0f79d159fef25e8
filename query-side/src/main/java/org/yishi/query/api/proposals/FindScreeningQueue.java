package org.yishi.query.api.proposals;

/** Asks for the proposals of a community that wait for the committee, oldest first. */
public record FindScreeningQueue(String communityId) {
}
