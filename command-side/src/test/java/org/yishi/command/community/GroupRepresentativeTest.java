package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;

import java.util.ArrayList;
import java.util.List;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.GROUP;
import static org.yishi.command.community.Jinyuan.HOUSEHOLD;
import static org.yishi.command.community.Jinyuan.NEWCOMER;
import static org.yishi.command.community.Jinyuan.RESIDENT;

class GroupRepresentativeTest {

    private static final GroupId SECOND_GROUP = new GroupId("group-2");
    private static final HouseholdId SECOND_HOUSEHOLD = new HouseholdId("7-1-302");
    private static final PersonId FOURTH = new PersonId("sun-li");

    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    @Test
    void anAdministratorMakesAVerifiedResidentARepresentativeOfTheirGroup() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, RESIDENT, Role.GROUP_REPRESENTATIVE, null, ADMIN))
               .expectEvents(new RoleGranted(COMMUNITY, RESIDENT, Role.GROUP_REPRESENTATIVE, null, ADMIN));
    }

    @Test
    void aResidentNotYetVerifiedCannotRepresentTheirGroup() {
        fixture.given(Jinyuan.withResidents())
               .when(new GrantRole(COMMUNITY, NEWCOMER, Role.GROUP_REPRESENTATIVE, null, ADMIN))
               .expectExceptionMessage("居民小组代表须是本小组居住情况已核实的居民 / A residents' group representative "
                                       + "must be a verified resident of a household in the group")
               .expectNoEvents();
    }

    @Test
    void aFourthRepresentativeOfOneGroupIsRefused() {
        fixture.given(withThreeRepresentatives())
               .when(new GrantRole(COMMUNITY, FOURTH, Role.GROUP_REPRESENTATIVE, null, ADMIN))
               .expectExceptionMessage("每个居民小组最多3名代表 / A residents' group has at most 3 representatives")
               .expectNoEvents();
    }

    @Test
    void aRevokedRepresentativeFreesASeat() {
        List<Object> history = withThreeRepresentatives();
        history.add(new RoleRevoked(COMMUNITY, new PersonId("rep-1"), Role.GROUP_REPRESENTATIVE, ADMIN));
        fixture.given(history)
               .when(new GrantRole(COMMUNITY, FOURTH, Role.GROUP_REPRESENTATIVE, null, ADMIN))
               .expectEvents(new RoleGranted(COMMUNITY, FOURTH, Role.GROUP_REPRESENTATIVE, null, ADMIN));
    }

    @Test
    void theRepresentativesOfAnotherGroupTakeNoSeatOfThisOne() {
        List<Object> history = withThreeRepresentatives();
        history.add(new ResidentsGroupAdded(COMMUNITY, SECOND_GROUP, "第二居民小组", ADMIN));
        history.add(new HouseholdRegistered(COMMUNITY, SECOND_HOUSEHOLD, SECOND_GROUP, "7栋", "1单元", "302", ADMIN));
        PersonId other = new PersonId("qian-yu");
        history.addAll(verifiedResident(other, SECOND_HOUSEHOLD));
        fixture.given(history)
               .when(new GrantRole(COMMUNITY, other, Role.GROUP_REPRESENTATIVE, null, ADMIN))
               .expectEvents(new RoleGranted(COMMUNITY, other, Role.GROUP_REPRESENTATIVE, null, ADMIN));
    }

    /** Three representatives of {@link Jinyuan#GROUP}, and a fourth verified resident of it who is not one. */
    private static List<Object> withThreeRepresentatives() {
        List<Object> history = new ArrayList<>(Jinyuan.withResidents());
        for (int i = 1; i <= 3; i++) {
            PersonId representative = new PersonId("rep-" + i);
            history.addAll(verifiedResident(representative, HOUSEHOLD));
            history.add(new RoleGranted(COMMUNITY, representative, Role.GROUP_REPRESENTATIVE, null, ADMIN));
        }
        history.addAll(verifiedResident(FOURTH, HOUSEHOLD));
        return history;
    }

    private static List<Object> verifiedResident(PersonId person, HouseholdId household) {
        return List.of(new MemberRegistered(COMMUNITY, person, person.value(), household, ADMIN),
                       new ResidentVerified(COMMUNITY, person, ADMIN),
                       new RoleGranted(COMMUNITY, person, Role.RESIDENT, null, ADMIN));
    }
}
