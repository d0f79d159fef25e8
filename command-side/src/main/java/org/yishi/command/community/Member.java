package org.yishi.command.community;

import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the rules need to know of one member: their household, whether their residence is verified, their roles and,
 * for a stakeholder representative, the group they speak for (null otherwise).
 */
record Member(HouseholdId household, boolean verified, Set<Role> roles, StakeholderGroup stakeholderGroup) {

    Member {
        roles = Set.copyOf(roles);
    }

    static Member registered(HouseholdId household) {
        return new Member(household, false, Set.of(), null);
    }

    /** A resident role counts only once the residence is verified: nobody votes on a mere claim to live here. */
    boolean actsAs(Role role) {
        return roles.contains(role) && (role != Role.RESIDENT || verified);
    }

    boolean holds(Role role) {
        return roles.contains(role);
    }

    boolean belongsTo(HouseholdId householdId) {
        return householdId.equals(household);
    }

    Member verify() {
        return new Member(household, true, roles, stakeholderGroup);
    }

    Member with(Role role, StakeholderGroup group) {
        Set<Role> more = EnumSet.of(role);
        more.addAll(roles);
        return new Member(household, verified, more, role == Role.STAKEHOLDER_REPRESENTATIVE ? group : stakeholderGroup);
    }

    Member with(Role role) {
        return with(role, null);
    }

    Member without(Role role) {
        Set<Role> fewer = EnumSet.noneOf(Role.class);
        fewer.addAll(roles);
        fewer.remove(role);
        return new Member(household, verified, fewer, role == Role.STAKEHOLDER_REPRESENTATIVE ? null : stakeholderGroup);
    }
}
