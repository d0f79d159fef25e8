package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.AddResidentsGroup;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.ResidentsGroupAdded;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.GROUP;
import static org.yishi.command.community.Jinyuan.HOUSEHOLD;

class ResidentsGroupsAndHouseholdsTest {

    private static final GroupId SECOND_GROUP = new GroupId("group-2");
    private static final HouseholdId NEXT_DOOR = new HouseholdId("3-2-502");
    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void anAdministratorAddsAResidentsGroup() {
        fixture.given(Jinyuan.withAdministrator())
               .when(new AddResidentsGroup(COMMUNITY, GROUP, " 第一居民小组 ", ADMIN))
               .expectEvents(new ResidentsGroupAdded(COMMUNITY, GROUP, "第一居民小组", ADMIN));
    }

    @Test
    void aResidentsGroupNeedsAName() {
        fixture.given(Jinyuan.withAdministrator())
               .when(new AddResidentsGroup(COMMUNITY, GROUP, "", ADMIN))
               .expectException(Rejection.class)
               .expectExceptionMessage("居民小组名称不能为空 / A residents' group name is required")
               .expectNoEvents();
    }

    @Test
    void twoResidentsGroupsNeverShareAnId() {
        fixture.given(Jinyuan.withHousehold())
               .when(new AddResidentsGroup(COMMUNITY, GROUP, "第二居民小组", ADMIN))
               .expectExceptionMessage("居民小组编号已被使用 / This residents' group id is already in use")
               .expectNoEvents();
    }

    @Test
    void twoResidentsGroupsNeverShareAName() {
        fixture.given(Jinyuan.withHousehold())
               .when(new AddResidentsGroup(COMMUNITY, SECOND_GROUP, "第一居民小组", ADMIN))
               .expectExceptionMessage("已有同名的居民小组 / A residents' group with this name already exists")
               .expectNoEvents();
    }

    @Test
    void anAdministratorRegistersAHouseholdInAResidentsGroup() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterHousehold(COMMUNITY, NEXT_DOOR, GROUP, "3栋 ", "2单元", " 502", ADMIN))
               .expectEvents(new HouseholdRegistered(COMMUNITY, NEXT_DOOR, GROUP, "3栋", "2单元", "502", ADMIN));
    }

    @Test
    void aHouseholdInABuildingWithoutUnitsHasNoUnit() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterHousehold(COMMUNITY, NEXT_DOOR, GROUP, "7号楼", " ", "101", ADMIN))
               .expectEvents(new HouseholdRegistered(COMMUNITY, NEXT_DOOR, GROUP, "7号楼", null, "101", ADMIN));
    }

    @Test
    void aHouseholdBelongsToAResidentsGroupOfThisCommunity() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterHousehold(COMMUNITY, NEXT_DOOR, SECOND_GROUP, "3栋", "2单元", "502", ADMIN))
               .expectExceptionMessage("本社区没有这个居民小组 / There is no such residents' group in this community")
               .expectNoEvents();
    }

    @Test
    void oneAddressIsOneHousehold() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterHousehold(COMMUNITY, NEXT_DOOR, GROUP, " 3栋", "2单元", "501 ", ADMIN))
               .expectExceptionMessage("该地址已登记为一户 / A household is already registered at this address")
               .expectNoEvents();
    }

    @Test
    void twoHouseholdsNeverShareAnId() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterHousehold(COMMUNITY, HOUSEHOLD, GROUP, "3栋", "2单元", "502", ADMIN))
               .expectExceptionMessage("户编号已被使用 / This household id is already in use")
               .expectNoEvents();
    }

    @Test
    void aHouseholdNeedsABuildingAndARoom() {
        fixture.given(Jinyuan.withHousehold())
               .when(new RegisterHousehold(COMMUNITY, NEXT_DOOR, GROUP, "3栋", "2单元", null, ADMIN))
               .expectException(Rejection.class)
               .expectExceptionMessage("门牌号不能为空 / A room number is required")
               .expectNoEvents();
    }
}
