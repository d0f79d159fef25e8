package org.yishi.command.community;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yishi.command.api.community.AddResidentsGroup;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.ChangePetitionThresholds;
import org.yishi.command.api.community.ChangeSessionRules;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.api.community.DesignateHouseholdRepresentative;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.RevokeRole;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.authz.AuthorizationMatrix;
import org.yishi.command.authz.AuthorizationMatrix.Row;
import org.yishi.command.authz.Cast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The authorization matrix for every command that manages a community (see {@link AuthorizationMatrix}). The
 * community aggregate answers from its own register, so the history below registers the matrix's people in it: one
 * verified member per role, and the member of another community in that other community only.
 */
class CommunityAuthorizationMatrixTest {

    private static final PersonId REGISTRAR = new PersonId("operator-1");
    private static final GroupId GROUP = new GroupId("group-1");
    private static final HouseholdId HOUSEHOLD = new HouseholdId("3-2-501");
    private static final PersonId LI_HUA = new PersonId("li-hua");
    private static final PersonId NEWCOMER = new PersonId("zhao-lei");
    private static final Fraction HALF = new Fraction(1, 2);

    private AggregateTestFixture<Community> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Community.class);
    }

    private static List<Object> history() {
        List<Object> events = new ArrayList<>();
        events.add(new CommunityRegistered(Cast.HOME, "锦苑社区", "锦苑街道", "江岸区", REGISTRAR.value()));
        events.add(new ResidentsGroupAdded(Cast.HOME, GROUP, "第一居民小组", REGISTRAR));
        events.add(new HouseholdRegistered(Cast.HOME, HOUSEHOLD, GROUP, "3栋", "2单元", "501", REGISTRAR));
        for (Role role : Role.values()) {
            PersonId holder = Cast.holder(role);
            events.add(new MemberRegistered(Cast.HOME, holder, role.chinese(), null, REGISTRAR));
            events.add(new ResidentVerified(Cast.HOME, holder, REGISTRAR));
            events.add(new RoleGranted(Cast.HOME, holder, role, null, REGISTRAR));
        }
        events.add(new MemberRegistered(Cast.HOME, LI_HUA, "李华", HOUSEHOLD, REGISTRAR));
        events.add(new ResidentVerified(Cast.HOME, LI_HUA, REGISTRAR));
        events.add(new RoleGranted(Cast.HOME, LI_HUA, Role.RESIDENT, null, REGISTRAR));
        events.add(new MemberRegistered(Cast.HOME, NEWCOMER, "赵磊", HOUSEHOLD, REGISTRAR));
        events.add(new RoleGranted(Cast.HOME, NEWCOMER, Role.RESIDENT, null, REGISTRAR));
        return events;
    }

    private static Stream<Row> rows(Class<?> type, Function<PersonId, ?> command) {
        return AuthorizationMatrix.rows(type, command);
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                rows(AddResidentsGroup.class,
                     actor -> new AddResidentsGroup(Cast.HOME, new GroupId("group-2"), "第二居民小组", actor)),
                rows(RegisterHousehold.class,
                     actor -> new RegisterHousehold(Cast.HOME, new HouseholdId("3-2-502"), GROUP, "3栋", "2单元", "502",
                                                    actor)),
                rows(RegisterMember.class,
                     actor -> new RegisterMember(Cast.HOME, new PersonId("sun-li"), "孙丽", HOUSEHOLD, actor)),
                rows(VerifyResident.class, actor -> new VerifyResident(Cast.HOME, NEWCOMER, actor)),
                rows(GrantRole.class, actor -> new GrantRole(Cast.HOME, LI_HUA, Role.COMMITTEE_MEMBER, null, actor)),
                rows(RevokeRole.class,
                     actor -> new RevokeRole(Cast.HOME, Cast.holder(Role.COMMITTEE_MEMBER), Role.COMMITTEE_MEMBER,
                                             actor)),
                rows(DesignateHouseholdRepresentative.class,
                     actor -> new DesignateHouseholdRepresentative(Cast.HOME, HOUSEHOLD, LI_HUA, actor)),
                rows(ChangePetitionThresholds.class,
                     actor -> new ChangePetitionThresholds(Cast.HOME, new PetitionThresholds(
                             new Fraction(1, 4), new Fraction(1, 4), HALF), actor)),
                rows(ChangeSessionRules.class,
                     actor -> new ChangeSessionRules(Cast.HOME, new RuleSet(SessionKind.RESIDENTS_MEETING, 0,
                                                                            ElectorateType.HOUSEHOLDS, HALF, HALF),
                                                     actor)),
                rows(AppointAdministrator.class,
                     actor -> new AppointAdministrator(Cast.HOME, new PersonId("qian"), "钱某", actor))
        ).flatMap(s -> s).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void onlyTheRolesInTheMatrixPass(Row row) {
        AuthorizationMatrix.check(fixture, history(), row);
    }
}
