package org.yishi.query.api.communitydirectory;

/** Asks for every registered community, by name. */
public record FindCommunities() {
}
