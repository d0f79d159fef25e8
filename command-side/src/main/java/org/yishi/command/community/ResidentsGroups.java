package org.yishi.command.community;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.GroupId;

import java.util.HashSet;
import java.util.Set;

/** The residents' groups (居民小组) of one community; names are unique so that residents can tell them apart. */
final class ResidentsGroups {

    private final Set<GroupId> ids = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    void checkNew(GroupId group, String name) {
        if (ids.contains(group)) {
            throw new Rejection("居民小组编号已被使用", "This residents' group id is already in use");
        }
        if (names.contains(name)) {
            throw new Rejection("已有同名的居民小组", "A residents' group with this name already exists");
        }
    }

    void requireKnown(GroupId group) {
        if (!ids.contains(group)) {
            throw new Rejection("本社区没有这个居民小组", "There is no such residents' group in this community");
        }
    }

    void add(GroupId group, String name) {
        ids.add(group);
        names.add(name);
    }
}
