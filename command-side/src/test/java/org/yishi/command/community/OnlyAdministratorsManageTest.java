package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.AddResidentsGroup;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.ChangePetitionThresholds;
import org.yishi.command.api.community.DesignateHouseholdRepresentative;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.RevokeRole;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.VerifyResident;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.yishi.command.community.Jinyuan.ADMIN;
import static org.yishi.command.community.Jinyuan.COMMITTEE;
import static org.yishi.command.community.Jinyuan.COMMUNITY;
import static org.yishi.command.community.Jinyuan.GROUP;
import static org.yishi.command.community.Jinyuan.HOUSEHOLD;
import static org.yishi.command.community.Jinyuan.NEWCOMER;
import static org.yishi.command.community.Jinyuan.OUTSIDER;
import static org.yishi.command.community.Jinyuan.RESIDENT;

/**
 * Every command that manages a community, sent by people who may not: each is valid as such, as the administrator's
 * run shows, so a rejection can only come from who sent it.
 */
class OnlyAdministratorsManageTest {

    private static final List<Function<PersonId, Object>> MANAGING_COMMANDS = List.of(
            actor -> new AddResidentsGroup(COMMUNITY, new GroupId("group-2"), "第二居民小组", actor),
            actor -> new RegisterHousehold(COMMUNITY, new HouseholdId("3-2-502"), GROUP, "3栋", "2单元", "502", actor),
            actor -> new RegisterMember(COMMUNITY, new PersonId("sun-li"), "孙丽", HOUSEHOLD, actor),
            actor -> new VerifyResident(COMMUNITY, NEWCOMER, actor),
            actor -> new GrantRole(COMMUNITY, NEWCOMER, Role.PARTY_SECRETARY, null, actor),
            actor -> new RevokeRole(COMMUNITY, COMMITTEE, Role.COMMITTEE_MEMBER, actor),
            actor -> new DesignateHouseholdRepresentative(COMMUNITY, HOUSEHOLD, RESIDENT, actor),
            actor -> new ChangePetitionThresholds(COMMUNITY, new PetitionThresholds(
                    new Fraction(1, 4), new Fraction(1, 4), new Fraction(1, 2)), actor));

    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    static Stream<Object> commandsAnAdministratorSends() {
        return MANAGING_COMMANDS.stream().map(command -> command.apply(ADMIN));
    }

    static Stream<Arguments> commandsFromPeopleWhoDoNotManageThisCommunity() {
        // null: a command that names no caller at all.
        List<PersonId> callers = Arrays.asList(RESIDENT, NEWCOMER, COMMITTEE, OUTSIDER, null);
        Stream<Arguments> managing = MANAGING_COMMANDS.stream().flatMap(
                command -> callers.stream().map(caller -> Arguments.of(caller, command.apply(caller))));
        Stream<Arguments> appointing = Stream.concat(callers.stream(), Stream.of(ADMIN)).map(
                caller -> Arguments.of(caller, new AppointAdministrator(COMMUNITY, OUTSIDER, "某人", caller)));
        return Stream.concat(managing, appointing);
    }

    @ParameterizedTest
    @MethodSource("commandsAnAdministratorSends")
    void anAdministratorOfThisCommunityMayManageIt(Object command) {
        fixture.given(Jinyuan.withResidents())
               .when(command)
               .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commandsFromPeopleWhoDoNotManageThisCommunity")
    void residentsCommitteeMembersOutsidersAndAnonymousCallersAreTurnedAway(PersonId caller, Object command) {
        fixture.given(Jinyuan.withResidents())
               .when(command)
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
