package org.yishi.web.proposal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.yishi.command.api.community.AddResidentsGroup;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.AssignGridGroups;
import org.yishi.command.api.community.ChangePetitionThresholds;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.RegisterCommunity;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.web.signin.Credentials;

import java.util.Set;
import java.util.UUID;

/**
 * A fresh community for one test, built through ordinary commands: two residents' groups with one household
 * each, verified residents 张阿姨 and 赵叔叔 (household 1) and 李师傅 and 陈奶奶 (household 2), committee member
 * 王委员, party secretary 孙书记, and someone who belongs to no community. Everyone can sign in; {@link #user} gives the signed-in principal.
 */
public final class TestCommunity {

    public final CommunityId id = new CommunityId("test-" + UUID.randomUUID());
    public final PersonId zhang = person("zhang");
    public final PersonId zhao = person("zhao");
    public final PersonId li = person("li");
    public final PersonId chen = person("chen");
    public final PersonId wang = person("wang");
    public final PersonId sun = person("sun");
    public final PersonId outsider = person("outsider");
    public final PersonId admin = person("admin");

    private final CommandGateway commands;
    private final Credentials credentials;
    private final UserDetailsService users;

    public TestCommunity(CommandGateway commands, Credentials credentials, UserDetailsService users) {
        this.commands = commands;
        this.credentials = credentials;
        this.users = users;
        commands.sendAndWait(new RegisterCommunity(id, "测试社区", "测试街道", "测试区", "operator"));
        commands.sendAndWait(new AppointAdministrator(id, admin, "管理员", new PersonId("operator")));
        account(admin, "管理员");
        for (int n = 1; n <= 2; n++) {
            commands.sendAndWait(new AddResidentsGroup(id, new GroupId("g" + n), "第" + n + "组", admin));
            commands.sendAndWait(new RegisterHousehold(id, new HouseholdId("h" + n), new GroupId("g" + n), "1栋", null,
                                                       "10" + n, admin));
        }
        resident(zhang, "张阿姨", "h1");
        resident(zhao, "赵叔叔", "h1");
        resident(li, "李师傅", "h2");
        resident(chen, "陈奶奶", "h2");
        commands.sendAndWait(new RegisterMember(id, wang, "王委员", null, admin));
        commands.sendAndWait(new GrantRole(id, wang, Role.COMMITTEE_MEMBER, null, admin));
        account(wang, "王委员");
        commands.sendAndWait(new RegisterMember(id, sun, "孙书记", null, admin));
        commands.sendAndWait(new GrantRole(id, sun, Role.PARTY_SECRETARY, null, admin));
        account(sun, "孙书记");
        account(outsider, "外人");
    }

    /** Half the adult residents, two thirds of the households, or all groups: nobody reaches it alone here. */
    public void raisePetitionThresholds() {
        commands.sendAndWait(new ChangePetitionThresholds(id, new PetitionThresholds(
                new Fraction(1, 2), new Fraction(2, 3), new Fraction(1, 1)), admin));
    }

    /** A grid worker (网格员) covering residents' group {@code groupId}, able to sign in. */
    public PersonId gridWorker(String groupId) {
        PersonId person = person("grid-" + groupId);
        commands.sendAndWait(new RegisterMember(id, person, "网格员" + groupId, null, admin));
        commands.sendAndWait(new GrantRole(id, person, Role.GRID_WORKER, null, admin));
        commands.sendAndWait(new AssignGridGroups(id, person, Set.of(new GroupId(groupId)), admin));
        account(person, "网格员" + groupId);
        return person;
    }

    public UserDetails user(PersonId person) {
        return users.loadUserByUsername(person.value());
    }

    private void resident(PersonId person, String name, String household) {
        commands.sendAndWait(new RegisterMember(id, person, name, new HouseholdId(household), admin));
        commands.sendAndWait(new VerifyResident(id, person, admin));
        commands.sendAndWait(new GrantRole(id, person, Role.RESIDENT, null, admin));
        account(person, name);
    }

    private void account(PersonId person, String name) {
        credentials.save(new Credentials.Credential(person.value(), person, name, "{noop}unused"));
    }

    private PersonId person(String name) {
        return new PersonId(name + "-" + id.value().substring(5, 13));
    }
}
