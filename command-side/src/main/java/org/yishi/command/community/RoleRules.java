package org.yishi.command.community;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

/** Which roles an administrator may grant to or revoke from a member. */
final class RoleRules {

    private RoleRules() {
    }

    static void checkGrant(Member member, Role role, StakeholderGroup stakeholderGroup) {
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
