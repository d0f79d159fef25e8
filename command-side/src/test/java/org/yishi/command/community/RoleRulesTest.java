package org.yishi.command.community;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleRulesTest {

    private static final Member MEMBER = Member.registered(null);

    @Test
    void everyRoleButTheHouseholdRepresentativeCanBeGranted() {
        for (Role role : Role.values()) {
            StakeholderGroup group = role == Role.STAKEHOLDER_REPRESENTATIVE ? StakeholderGroup.CO_BUILDING_UNIT : null;
            if (role == Role.HOUSEHOLD_REPRESENTATIVE) {
                assertThatThrownBy(() -> RoleRules.checkGrant(MEMBER, role, group)).isInstanceOf(Rejection.class);
            } else {
                assertThatCode(() -> RoleRules.checkGrant(MEMBER, role, group)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aStakeholderGroupGoesWithTheStakeholderRepresentativeAndNothingElse() {
        assertThatThrownBy(() -> RoleRules.checkGrant(MEMBER, Role.STAKEHOLDER_REPRESENTATIVE, null))
                .isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> RoleRules.checkGrant(MEMBER, Role.RESIDENT, StakeholderGroup.MERCHANT))
                .isInstanceOf(Rejection.class);
    }

    @Test
    void anAdministratorStepsDownOnlyIfAnotherRemains() {
        Member administrator = MEMBER.with(Role.ADMINISTRATOR);

        assertThatThrownBy(() -> RoleRules.checkRevoke(administrator, Role.ADMINISTRATOR, 1))
                .hasMessage("不能撤销最后一位社区管理员 / The last administrator of a community cannot be removed");
        assertThatCode(() -> RoleRules.checkRevoke(administrator, Role.ADMINISTRATOR, 2)).doesNotThrowAnyException();
    }

    @Test
    void onlyAHeldRoleIsRevoked() {
        assertThatThrownBy(() -> RoleRules.checkRevoke(MEMBER, Role.MODERATOR, 1))
                .hasMessage("该成员未担任此角色 / This member does not hold this role");
    }
}
