package org.yishi.command.proposal;

import org.yishi.command.access.CommunityAccess;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A stand-in for the community's register: knows a few people's roles, one community each, and refuses everyone
 * else the way the real check does. Public so that the petition tests share it.
 */
public final class KnownMembers implements CommunityAccess {

    private record Membership(CommunityId community, PersonId person) {
    }

    private final Map<Membership, Set<Role>> roles = new HashMap<>();

    public KnownMembers with(CommunityId community, PersonId person, Role... held) {
        roles.put(new Membership(community, person), Set.of(held));
        return this;
    }

    @Override
    public void require(CommunityId community, PersonId actor, Role... anyOf) {
        Set<Role> held = roles.getOrDefault(new Membership(community, actor), Set.of());
        if (Arrays.stream(anyOf).noneMatch(held::contains)) {
            throw new Unauthorized("没有所需的角色", "Missing the required role");
        }
    }
}
