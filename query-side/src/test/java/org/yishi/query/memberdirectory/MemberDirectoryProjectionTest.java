package org.yishi.query.memberdirectory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.HouseholdRepresentativeDesignated;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.eventstore.embedded.EmbeddedMongoServer;
import org.yishi.query.api.members.DisplayName;
import org.yishi.query.api.members.FindDisplayName;
import org.yishi.query.api.members.FindMembers;
import org.yishi.query.api.members.MemberDirectory;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the embedded store over the wire protocol, as in production. */
class MemberDirectoryProjectionTest {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final PersonId ADMIN = new PersonId("admin");
    static final PersonId ZHANG = new PersonId("p-zhang");
    static final PersonId LI = new PersonId("p-li");
    static final HouseholdId ROOM_301 = new HouseholdId("h-1-2-301");

    @TempDir
    Path directory;
    EmbeddedMongoServer server;
    MongoClient client;
    MemberDirectoryProjection projection;

    @BeforeEach
    void open() {
        server = EmbeddedMongoServer.start(directory, "127.0.0.1", 0, false);
        client = MongoClients.create(server.connectionString());
        projection = new MemberDirectoryProjection(client.getDatabase("yishi"));
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private void aHouseholdWithTwoMembers() {
        projection.on(new ResidentsGroupAdded(JINYUAN, new GroupId("g1"), "第一居民小组", ADMIN), 1L);
        projection.on(new HouseholdRegistered(JINYUAN, ROOM_301, new GroupId("g1"), "1", "2", "301", ADMIN), 2L);
        projection.on(new MemberRegistered(JINYUAN, ZHANG, "张阿姨", ROOM_301, ADMIN), 3L);
        projection.on(new MemberRegistered(JINYUAN, LI, "李师傅", ROOM_301, ADMIN), 4L);
    }

    private MemberDirectory.Member member(PersonId person) {
        return projection.handle(new FindMembers("jinyuan")).members().stream()
                         .filter(member -> member.personId().equals(person.value())).findFirst().orElseThrow();
    }

    @Test
    void membersAreListedWithTheirHouseholdGroupAndTheNewestPosition() {
        aHouseholdWithTwoMembers();

        MemberDirectory directory = projection.handle(new FindMembers("jinyuan"));

        assertThat(directory.members()).extracting(MemberDirectory.Member::displayName)
                                       .containsExactly("张阿姨", "李师傅");
        assertThat(member(ZHANG).address()).isEqualTo("1栋2单元301");
        assertThat(member(ZHANG).groupName()).isEqualTo("第一居民小组");
        assertThat(member(ZHANG).verified()).isFalse();
        assertThat(directory.groups()).containsExactly(new MemberDirectory.Group("g1", "第一居民小组"));
        assertThat(directory.households()).hasSize(1);
        assertThat(directory.position()).isEqualTo(4L);
    }

    @Test
    void verificationAndRolesIncludingTheStakeholderGroupAreShown() {
        aHouseholdWithTwoMembers();

        projection.on(new ResidentVerified(JINYUAN, ZHANG, ADMIN), 5L);
        projection.on(new RoleGranted(JINYUAN, ZHANG, Role.RESIDENT, null, ADMIN), 6L);
        projection.on(new RoleGranted(JINYUAN, LI, Role.STAKEHOLDER_REPRESENTATIVE, StakeholderGroup.MERCHANT,
                                      ADMIN), 7L);

        assertThat(member(ZHANG).verified()).isTrue();
        assertThat(member(ZHANG).roles()).containsExactly("RESIDENT");
        assertThat(member(LI).stakeholderGroup()).isEqualTo("MERCHANT");

        projection.on(new RoleRevoked(JINYUAN, LI, Role.STAKEHOLDER_REPRESENTATIVE, ADMIN), 8L);

        assertThat(member(LI).roles()).isEmpty();
        assertThat(member(LI).stakeholderGroup()).isNull();
    }

    @Test
    void aNewHouseholdRepresentativeReplacesTheOldOne() {
        aHouseholdWithTwoMembers();

        projection.on(new HouseholdRepresentativeDesignated(JINYUAN, ROOM_301, ZHANG, null, ADMIN), 5L);
        projection.on(new HouseholdRepresentativeDesignated(JINYUAN, ROOM_301, LI, ZHANG, ADMIN), 6L);

        assertThat(member(ZHANG).roles()).isEmpty();
        assertThat(member(LI).roles()).containsExactly("HOUSEHOLD_REPRESENTATIVE");
        assertThat(projection.handle(new FindMembers("jinyuan")).households().get(0).representative())
                .isEqualTo("p-li");

        projection.on(new RoleRevoked(JINYUAN, LI, Role.HOUSEHOLD_REPRESENTATIVE, ADMIN), 7L);

        assertThat(projection.handle(new FindMembers("jinyuan")).households().get(0).representative()).isNull();
    }

    @Test
    void handlingTheSameEventsAgainChangesNothing() {
        aHouseholdWithTwoMembers();
        projection.on(new RoleGranted(JINYUAN, ZHANG, Role.RESIDENT, null, ADMIN), 5L);
        MemberDirectory once = projection.handle(new FindMembers("jinyuan"));

        aHouseholdWithTwoMembers();
        projection.on(new RoleGranted(JINYUAN, ZHANG, Role.RESIDENT, null, ADMIN), 5L);

        assertThat(projection.handle(new FindMembers("jinyuan"))).isEqualTo(once);
    }

    @Test
    void aPersonsDisplayNameIsFoundWithoutTheirCommunity() {
        aHouseholdWithTwoMembers();

        assertThat(projection.handle(new FindDisplayName("p-li"))).isEqualTo(new DisplayName("p-li", "李师傅"));
        assertThat(projection.handle(new FindDisplayName("p-nobody")).displayName()).isNull();
    }

    @Test
    void aResetEmptiesTheDirectoryForAReplay() {
        aHouseholdWithTwoMembers();

        projection.reset();

        assertThat(projection.handle(new FindMembers("jinyuan")))
                .isEqualTo(new MemberDirectory("jinyuan", List.of(), List.of(), List.of(), -1));
    }
}
