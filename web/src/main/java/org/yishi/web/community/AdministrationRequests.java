package org.yishi.web.community;

import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

import java.util.List;

/** The bodies of administrators' requests; who is asking always comes from the session, never from here. */
final class AdministrationRequests {

    private AdministrationRequests() {
    }

    record NewGroup(String groupId, String name) {
    }

    /** {@code unit} may be null. */
    record NewHousehold(String householdId, String groupId, String building, String unit, String room) {
    }

    /** {@code householdId} is null for a member in no household, such as a merchant's representative. */
    record NewMember(String personId, String displayName, String householdId) {
    }

    /** {@code stakeholderGroup} only for a stakeholder representative. */
    record Grant(Role role, StakeholderGroup stakeholderGroup) {
    }

    /** Group ids; the whole set the grid worker covers from now on. */
    record GridGroups(List<String> groups) {
    }

    record Representative(String personId) {
    }

    record Thresholds(PetitionThresholds thresholds) {
    }
}
