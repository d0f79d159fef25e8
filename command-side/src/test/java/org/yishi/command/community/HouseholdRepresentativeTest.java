package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.DesignateHouseholdRepresentative;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.HouseholdRepresentativeDesignated;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.RevokeRole;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleRevoked;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMITTEE;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.HOUSEHOLD;
import static org.yishi.command.community.Jinyuan.NEWCOMER;
import static org.yishi.command.community.Jinyuan.RESIDENT;

class HouseholdRepresentativeTest {

    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void anAdministratorDesignatesAVerifiedMemberOfTheHousehold() {
        fixture.given(Jinyuan.withResidents())
               .when(new DesignateHouseholdRepresentative(COMMUNITY, HOUSEHOLD, RESIDENT, ADMIN))
               .expectEvents(new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, RESIDENT, null, ADMIN));
    }

    @Test
    void aNewRepresentativeReplacesThePreviousOne() {
        fixture.given(Jinyuan.plus(Jinyuan.withResidents(),
                                   new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, RESIDENT, null, ADMIN),
                                   new ResidentVerified(COMMUNITY, NEWCOMER, ADMIN)))
               .when(new DesignateHouseholdRepresentative(COMMUNITY, HOUSEHOLD, NEWCOMER, ADMIN))
               .expectEvents(new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, NEWCOMER, RESIDENT, ADMIN));
    }

    @Test
    void theReplacedRepresentativeNoLongerHoldsTheRole() {
        fixture.given(Jinyuan.plus(Jinyuan.withResidents(),
                                   new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, RESIDENT, null, ADMIN),
                                   new ResidentVerified(COMMUNITY, NEWCOMER, ADMIN),
                                   new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, NEWCOMER, RESIDENT,
                                                                         ADMIN)))
               .when(new RevokeRole(COMMUNITY, RESIDENT, Role.HOUSEHOLD_REPRESENTATIVE, ADMIN))
               .expectExceptionMessage("该成员未担任此角色 / This member does not hold this role")
               .expectNoEvents();
    }

    @Test
    void revokingTheRepresentativeLeavesTheHouseholdWithoutOne() {
        fixture.given(Jinyuan.plus(Jinyuan.withResidents(),
                                   new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, RESIDENT, null, ADMIN),
                                   new RoleRevoked(COMMUNITY, RESIDENT, Role.HOUSEHOLD_REPRESENTATIVE, ADMIN)))
               .when(new DesignateHouseholdRepresentative(COMMUNITY, HOUSEHOLD, RESIDENT, ADMIN))
               .expectEvents(new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, RESIDENT, null, ADMIN));
    }

    @Test
    void theRepresentativeIsNotDesignatedTwice() {
        fixture.given(Jinyuan.plus(Jinyuan.withResidents(),
                                   new HouseholdRepresentativeDesignated(COMMUNITY, HOUSEHOLD, RESIDENT, null, ADMIN)))
               .when(new DesignateHouseholdRepresentative(COMMUNITY, HOUSEHOLD, RESIDENT, ADMIN))
               .expectExceptionMessage("此人已是这一户的户代表 / This person represents this household already")
               .expectNoEvents();
    }

    @Test
    void aRepresentativeBelongsToTheHousehold() {
        fixture.given(Jinyuan.withResidents())
               .when(new DesignateHouseholdRepresentative(COMMUNITY, HOUSEHOLD, COMMITTEE, ADMIN))
               .expectExceptionMessage("此人不属于这一户 / This person does not belong to this household")
               .expectNoEvents();
    }

    @Test
    void aRepresentativeIsAVerifiedResident() {
        fixture.given(Jinyuan.withResidents())
               .when(new DesignateHouseholdRepresentative(COMMUNITY, HOUSEHOLD, NEWCOMER, ADMIN))
               .expectExceptionMessage("户代表须是居住情况已核实的居民 / "
                                       + "A household representative must be a verified resident")
               .expectNoEvents();
    }

    @Test
    void theHouseholdBelongsToThisCommunity() {
        fixture.given(Jinyuan.withResidents())
               .when(new DesignateHouseholdRepresentative(COMMUNITY, new HouseholdId("elsewhere"), RESIDENT, ADMIN))
               .expectExceptionMessage("本社区没有这一户 / There is no such household in this community")
               .expectNoEvents();
    }
}
