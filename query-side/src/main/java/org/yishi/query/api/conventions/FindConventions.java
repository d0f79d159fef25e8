package org.yishi.query.api.conventions;

/**
 * Asks for a community's conventions, the most recently changed first. {@code publishedOnly}: only those with a
 * version in force or repealed, for a reader who may not see drafts (the public, when {@code publicOnly} too).
 */
public record FindConventions(String communityId, boolean publishedOnly, boolean publicOnly) {
}
