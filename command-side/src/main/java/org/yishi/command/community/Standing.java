package org.yishi.command.community;

import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

import java.util.Arrays;
import java.util.Set;

/**
 * A person's standing in one community, as a session needs it: whether they are a member, whether their residence
 * is verified, their household and its residents' group (null without one), their roles, and the group a stakeholder
 * representative speaks for (null otherwise).
 */
public record Standing(boolean member, boolean verified, HouseholdId household, GroupId group, Set<Role> roles,
                       StakeholderGroup stakeholderGroup) {

    /** Someone the community does not know. */
    public static final Standing STRANGER = new Standing(false, false, null, null, Set.of(), null);

    public Standing {
        roles = Set.copyOf(roles);
    }

    /** Whether they act in one of {@code anyOf}; the resident role counts only once verified, as everywhere. */
    public boolean actsAs(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(role -> roles.contains(role) && (role != Role.RESIDENT || verified));
    }

    public boolean verifiedResident() {
        return actsAs(Role.RESIDENT);
    }
}
