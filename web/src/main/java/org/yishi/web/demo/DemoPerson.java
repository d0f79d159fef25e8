package org.yishi.web.demo;

import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

import java.util.List;

/**
 * One person of the demo community and how they are set up. {@code household} is null for someone who lives
 * elsewhere; {@code represents} says they vote for their household.
 */
record DemoPerson(String username, String displayName, HouseholdId household, boolean verified, boolean represents,
                  List<Role> roles, StakeholderGroup stakeholderGroup) {

    PersonId personId() {
        return idOf(username);
    }

    static PersonId idOf(String username) {
        return new PersonId("demo-" + username);
    }
}
