package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.AssignGridGroups;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.GridGroupsAssigned;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMITTEE;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.GROUP;
import static org.yishi.command.community.Jinyuan.HOUSEHOLD;
import static org.yishi.command.community.Jinyuan.RESIDENT;

class GridWorkerTest {

    private static final GroupId SECOND = new GroupId("group-2");

    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    private static List<Object> withGridWorker() {
        return Jinyuan.plus(Jinyuan.withResidents(),
                            new ResidentsGroupAdded(COMMUNITY, SECOND, "第二居民小组", ADMIN),
                            new RoleGranted(COMMUNITY, COMMITTEE, Role.GRID_WORKER, null, ADMIN));
    }

    @Test
    void anAdministratorGrantsTheGridWorkerRoleLikeAnyOther() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, COMMITTEE, Role.GRID_WORKER, null, ADMIN))
               .expectEvents(new RoleGranted(COMMUNITY, COMMITTEE, Role.GRID_WORKER, null, ADMIN));
    }

    @Test
    void anAdministratorAssignsTheGroupsAGridWorkerCoversSortedById() {
        fixture.given(withGridWorker())
               .when(new AssignGridGroups(COMMUNITY, COMMITTEE, Set.of(SECOND, GROUP), ADMIN))
               .expectEvents(new GridGroupsAssigned(COMMUNITY, COMMITTEE, List.of(GROUP, SECOND), ADMIN))
               .expectState(community -> assertThat(community.coveredBy(COMMITTEE)).containsOnly(GROUP, SECOND));
    }

    @Test
    void aGridWorkerReachesTheHouseholdsOfTheirGroups() {
        fixture.given(Jinyuan.plus(withGridWorker(),
                                   new GridGroupsAssigned(COMMUNITY, COMMITTEE, List.of(GROUP), ADMIN)))
               .when(new AssignGridGroups(COMMUNITY, COMMITTEE, Set.of(GROUP, SECOND), ADMIN))
               .expectState(community -> assertThat(community.groupOf(HOUSEHOLD)).isEqualTo(GROUP));
    }

    @Test
    void onlyAGridWorkerIsAssignedGroups() {
        fixture.given(withGridWorker())
               .when(new AssignGridGroups(COMMUNITY, RESIDENT, Set.of(GROUP), ADMIN))
               .expectException(Rejection.class)
               .expectExceptionMessage("只有网格员才能分配居民小组 / Only a grid worker is assigned residents' groups")
               .expectNoEvents();
    }

    @Test
    void aGridWorkerIsAssignedAtLeastOneGroup() {
        fixture.given(withGridWorker())
               .when(new AssignGridGroups(COMMUNITY, COMMITTEE, Set.of(), ADMIN))
               .expectExceptionMessage("请至少分配一个居民小组 / Assign at least one residents' group")
               .expectNoEvents();
    }

    @Test
    void anUnknownGroupCannotBeAssigned() {
        fixture.given(withGridWorker())
               .when(new AssignGridGroups(COMMUNITY, COMMITTEE, Set.of(new GroupId("group-9")), ADMIN))
               .expectExceptionMessage("本社区没有这个居民小组 / There is no such residents' group in this community")
               .expectNoEvents();
    }

    @Test
    void onlyAnAdministratorAssignsGroups() {
        fixture.given(withGridWorker())
               .when(new AssignGridGroups(COMMUNITY, COMMITTEE, Set.of(GROUP), COMMITTEE))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aRevokedGridWorkerCoversNothing() {
        fixture.given(Jinyuan.plus(withGridWorker(),
                                   new GridGroupsAssigned(COMMUNITY, COMMITTEE, List.of(GROUP), ADMIN),
                                   new RoleRevoked(COMMUNITY, COMMITTEE, Role.GRID_WORKER, ADMIN)))
               .when(new GrantRole(COMMUNITY, COMMITTEE, Role.GRID_WORKER, null, ADMIN))
               .expectEvents(new RoleGranted(COMMUNITY, COMMITTEE, Role.GRID_WORKER, null, ADMIN))
               .expectState(community -> assertThat(community.coveredBy(COMMITTEE)).isEmpty());
    }
}
