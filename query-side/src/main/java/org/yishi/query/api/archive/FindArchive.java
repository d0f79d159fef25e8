package org.yishi.query.api.archive;

/**
 * Asks for the published decisions of a community, the most recently published first. {@code publicOnly}: only those
 * published to everyone, for a reader who is not a member of the community.
 */
public record FindArchive(String communityId, boolean publicOnly) {
}
