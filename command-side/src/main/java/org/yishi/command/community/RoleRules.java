package org.yishi.command.community;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

/** Which roles an administrator may grant to or revoke from a member. */
final class RoleRules {

    /** The Organic Law has each residents' group send two to three representatives. */
    static final int MAX_GROUP_REPRESENTATIVES = 3;

    private RoleRules() {
    }

    /** {@code representativesOfGroup}: how many already represent the residents' group of the member's household. */
    static void checkGrant(Member member, Role role, StakeholderGroup stakeholderGroup, long representativesOfGroup) {
        Input.required(role, "角色", "A role");
        if (role == Role.HOUSEHOLD_REPRESENTATIVE) {
            // A household has exactly one representative, so the role comes with the household, never on its own.
            throw new Rejection("户代表须为其所在的户指定", "A household representative is designated for a household");
        }
        if (role == Role.STAKEHOLDER_REPRESENTATIVE && stakeholderGroup == null) {
            throw new Rejection("利益相关方代表须注明所代表的一方",
                                "A stakeholder representative needs the group they speak for");
        }
        if (role != Role.STAKEHOLDER_REPRESENTATIVE && stakeholderGroup != null) {
            throw new Rejection("只有利益相关方代表才注明所代表的一方",
                                "Only a stakeholder representative speaks for a stakeholder group");
        }
        if (member.holds(role)) {
            throw new Rejection("该成员已担任此角色", "This member already holds this role");
        }
        if (role == Role.GROUP_REPRESENTATIVE) {
            checkGroupRepresentative(member, representativesOfGroup);
        }
    }

    private static void checkGroupRepresentative(Member member, long representativesOfGroup) {
        if (!member.actsAs(Role.RESIDENT) || member.household() == null) {
            throw new Rejection("居民小组代表须是本小组居住情况已核实的居民",
                                "A residents' group representative must be a verified resident of a household in the group");
        }
        if (representativesOfGroup >= MAX_GROUP_REPRESENTATIVES) {
            throw new Rejection("每个居民小组最多" + MAX_GROUP_REPRESENTATIVES + "名代表",
                                "A residents' group has at most " + MAX_GROUP_REPRESENTATIVES + " representatives");
        }
    }

    /** The last administrator stays, or nobody could ever manage the community again. */
    static void checkRevoke(Member member, Role role, long administrators) {
        Input.required(role, "角色", "A role");
        if (!member.holds(role)) {
            throw new Rejection("该成员未担任此角色", "This member does not hold this role");
        }
        if (role == Role.ADMINISTRATOR && administrators <= 1) {
            throw new Rejection("不能撤销最后一位社区管理员", "The last administrator of a community cannot be removed");
        }
    }
}
