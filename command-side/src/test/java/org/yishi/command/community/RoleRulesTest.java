package org.yishi.command.community;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleRulesTest {

    private static final Member MEMBER = Member.registered(null);
    private static final HouseholdId HOUSEHOLD = new HouseholdId("3-2-501");
    private static final Member VERIFIED_RESIDENT = Member.registered(HOUSEHOLD).verify().with(Role.RESIDENT);

    @Test
    void everyRoleButTheHouseholdRepresentativeCanBeGranted() {
        Member resident = Member.registered(HOUSEHOLD).verify().with(Role.RESIDENT);
        for (Role role : Role.values()) {
            StakeholderGroup group = role == Role.STAKEHOLDER_REPRESENTATIVE ? StakeholderGroup.CO_BUILDING_UNIT : null;
            if (role == Role.HOUSEHOLD_REPRESENTATIVE) {
                assertThatThrownBy(() -> RoleRules.checkGrant(MEMBER, role, group, 0)).isInstanceOf(Rejection.class);
            } else {
                assertThatCode(() -> RoleRules.checkGrant(resident.without(role), role, group, 0))
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aStakeholderGroupGoesWithTheStakeholderRepresentativeAndNothingElse() {
        assertThatThrownBy(() -> RoleRules.checkGrant(MEMBER, Role.STAKEHOLDER_REPRESENTATIVE, null, 0))
                .isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> RoleRules.checkGrant(MEMBER, Role.RESIDENT, StakeholderGroup.MERCHANT, 0))
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

    @Test
    void aResidentsGroupRepresentativeIsAVerifiedResidentOfAHousehold() {
        String message = "居民小组代表须是本小组居住情况已核实的居民 / "
                         + "A residents' group representative must be a verified resident of a household in the group";
        assertThatThrownBy(() -> RoleRules.checkGrant(Member.registered(HOUSEHOLD).with(Role.RESIDENT),
                                                      Role.GROUP_REPRESENTATIVE, null, 0)).hasMessage(message);
        assertThatThrownBy(() -> RoleRules.checkGrant(Member.registered(null).verify().with(Role.RESIDENT),
                                                      Role.GROUP_REPRESENTATIVE, null, 0)).hasMessage(message);
        assertThatCode(() -> RoleRules.checkGrant(VERIFIED_RESIDENT, Role.GROUP_REPRESENTATIVE, null, 0))
                .doesNotThrowAnyException();
    }

    @Test
    void aResidentsGroupHasAtMostThreeRepresentatives() {
        assertThatCode(() -> RoleRules.checkGrant(VERIFIED_RESIDENT, Role.GROUP_REPRESENTATIVE, null, 2))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RoleRules.checkGrant(VERIFIED_RESIDENT, Role.GROUP_REPRESENTATIVE, null, 3))
                .hasMessage("每个居民小组最多3名代表 / A residents' group has at most 3 representatives");
    }
}
