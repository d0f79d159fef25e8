package org.yishi.query.needlist;

import org.yishi.command.api.community.Role;

import java.util.Set;

/**
 * What the needs list knows of one member of a community: their roles, their household (null for none) and, for a
 * grid worker, the residents' groups they cover. {@link #NOBODY} for a stranger.
 */
record Reader(String personId, Set<Role> roles, String householdId, Set<String> groups) {

    static final Reader NOBODY = new Reader(null, Set.of(), null, Set.of());

    boolean member() {
        return personId != null;
    }
}
