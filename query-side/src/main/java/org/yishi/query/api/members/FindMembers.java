package org.yishi.query.api.members;

/** Asks for one community's members, households and residents' groups, as its administrators manage them. */
public record FindMembers(String communityId) {
}
