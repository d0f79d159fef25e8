package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.RevokeRole;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.community.StakeholderGroup;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMITTEE;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.NEWCOMER;
import static org.yishi.command.community.Jinyuan.OUTSIDER;
import static org.yishi.command.community.Jinyuan.RESIDENT;

class RolesTest {

    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void anAdministratorGrantsARole() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, RESIDENT, Role.MODERATOR, null, ADMIN))
               .expectEvents(new RoleGranted(COMMUNITY, RESIDENT, Role.MODERATOR, null, ADMIN));
    }

    @Test
    void aStakeholderRepresentativeIsGrantedTogetherWithTheGroupTheySpeakFor() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, COMMITTEE, Role.STAKEHOLDER_REPRESENTATIVE, StakeholderGroup.MERCHANT,
                                   ADMIN))
               .expectEvents(new RoleGranted(COMMUNITY, COMMITTEE, Role.STAKEHOLDER_REPRESENTATIVE,
                                             StakeholderGroup.MERCHANT, ADMIN));
    }

    @Test
    void aStakeholderRepresentativeNeedsTheGroupTheySpeakFor() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, COMMITTEE, Role.STAKEHOLDER_REPRESENTATIVE, null, ADMIN))
               .expectExceptionMessage("利益相关方代表须注明所代表的一方 / "
                                       + "A stakeholder representative needs the group they speak for")
               .expectNoEvents();
    }

    @Test
    void noOtherRoleSpeaksForAStakeholderGroup() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, COMMITTEE, Role.MODERATOR, StakeholderGroup.PROPERTY_MANAGEMENT, ADMIN))
               .expectExceptionMessage("只有利益相关方代表才注明所代表的一方 / "
                                       + "Only a stakeholder representative speaks for a stakeholder group")
               .expectNoEvents();
    }

    @Test
    void aRoleHeldAlreadyIsNotGrantedAgain() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, COMMITTEE, Role.COMMITTEE_MEMBER, null, ADMIN))
               .expectExceptionMessage("该成员已担任此角色 / This member already holds this role")
               .expectNoEvents();
    }

    @Test
    void householdRepresentativesAreDesignatedNotGranted() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, RESIDENT, Role.HOUSEHOLD_REPRESENTATIVE, null, ADMIN))
               .expectExceptionMessage("户代表须为其所在的户指定 / A household representative is designated for a "
                                       + "household")
               .expectNoEvents();
    }

    @Test
    void rolesGoToMembersOnly() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, OUTSIDER, Role.ADMINISTRATOR, null, ADMIN))
               .expectExceptionMessage("此人不是本社区成员 / This person is not a member of this community")
               .expectNoEvents();
    }

    @Test
    void aGrantNamesTheRole() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, RESIDENT, null, null, ADMIN))
               .expectExceptionMessage("角色不能为空 / A role is required")
               .expectNoEvents();
    }

    @Test
    void anAdministratorRevokesARole() {
        fixture.given(Jinyuan.withResidents())
               .when(new RevokeRole(COMMUNITY, COMMITTEE, Role.COMMITTEE_MEMBER, ADMIN))
               .expectEvents(new RoleRevoked(COMMUNITY, COMMITTEE, Role.COMMITTEE_MEMBER, ADMIN));
    }

    @Test
    void onlyARoleHeldIsRevoked() {
        fixture.given(Jinyuan.withResidents())
               .when(new RevokeRole(COMMUNITY, NEWCOMER, Role.MODERATOR, ADMIN))
               .expectExceptionMessage("该成员未担任此角色 / This member does not hold this role")
               .expectNoEvents();
    }

    @Test
    void theLastAdministratorCannotStepDown() {
        fixture.given(Jinyuan.withResidents())
               .when(new RevokeRole(COMMUNITY, ADMIN, Role.ADMINISTRATOR, ADMIN))
               .expectExceptionMessage("不能撤销最后一位社区管理员 / "
                                       + "The last administrator of a community cannot be removed")
               .expectNoEvents();
    }

    @Test
    void oneOfTwoAdministratorsMayStepDown() {
        fixture.given(Jinyuan.plus(Jinyuan.withResidents(),
                                   new RoleGranted(COMMUNITY, COMMITTEE, Role.ADMINISTRATOR, null, ADMIN)))
               .when(new RevokeRole(COMMUNITY, ADMIN, Role.ADMINISTRATOR, ADMIN))
               .expectEvents(new RoleRevoked(COMMUNITY, ADMIN, Role.ADMINISTRATOR, ADMIN));
    }

    @Test
    void aRevokedAdministratorManagesNothingMore() {
        fixture.given(Jinyuan.plus(Jinyuan.withResidents(),
                                   new RoleGranted(COMMUNITY, COMMITTEE, Role.ADMINISTRATOR, null, ADMIN),
                                   new RoleRevoked(COMMUNITY, ADMIN, Role.ADMINISTRATOR, COMMITTEE)))
               .when(new GrantRole(COMMUNITY, ADMIN, Role.ADMINISTRATOR, null, ADMIN))
               .expectExceptionMessage("只有本社区的管理员可以这样做 / Only an administrator of this community may do this")
               .expectNoEvents();
    }
}
