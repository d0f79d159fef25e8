package org.yishi.command.access;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.RegisterCommunity;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.RevokeRole;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.command.community.Community;

import static org.assertj.core.api.Assertions.assertThat;

/** The access check against communities built by real commands and read back from an event store. */
class AggregateCommunityAccessTest {

    private static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private static final CommunityId QINGHE = new CommunityId("qinghe");
    private static final PersonId OPERATOR = new PersonId("operator-1");
    private static final PersonId JINYUAN_ADMIN = new PersonId("wang-min");
    private static final PersonId QINGHE_ADMIN = new PersonId("zhou-qiang");
    private static final PersonId RESIDENT = new PersonId("li-hua");

    private EmbeddedEventStore store;
    private CommandGateway commands;
    private CommunityAccess access;

    @BeforeEach
    void communities() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<Community> repository =
                EventSourcingRepository.builder(Community.class).eventStore(store).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Community>builder().aggregateType(Community.class).repository(repository)
                                         .build().subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
        access = new AggregateCommunityAccess(repository);

        commands.sendAndWait(new RegisterCommunity(JINYUAN, "锦苑社区", "锦苑街道", "江岸区", OPERATOR.value()));
        commands.sendAndWait(new AppointAdministrator(JINYUAN, JINYUAN_ADMIN, "王敏", OPERATOR));
        commands.sendAndWait(new RegisterMember(JINYUAN, RESIDENT, "李华", null, JINYUAN_ADMIN));
        commands.sendAndWait(new GrantRole(JINYUAN, RESIDENT, Role.RESIDENT, null, JINYUAN_ADMIN));
        commands.sendAndWait(new RegisterCommunity(QINGHE, "清河社区", "清河街道", "海淀区", OPERATOR.value()));
        commands.sendAndWait(new AppointAdministrator(QINGHE, QINGHE_ADMIN, "周强", OPERATOR));
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void anAdministratorPassesTheCheckForTheirOwnCommunity() {
        assertThat(require(JINYUAN, JINYUAN_ADMIN, Role.ADMINISTRATOR).isExceptional()).isFalse();
        assertThat(require(JINYUAN, JINYUAN_ADMIN, Role.MODERATOR, Role.ADMINISTRATOR).isExceptional()).isFalse();
    }

    @Test
    void anAdministratorOfAnotherCommunityIsTurnedAway() {
        assertThat(require(JINYUAN, QINGHE_ADMIN, Role.ADMINISTRATOR).exceptionResult())
                .isInstanceOf(Unauthorized.class)
                .hasMessage("需要本社区的以下角色之一：社区管理员 / "
                            + "This needs one of these roles in this community: community administrator");
    }

    @Test
    void aResidentCountsOnlyOnceVerified() {
        assertThat(require(JINYUAN, RESIDENT, Role.RESIDENT).exceptionResult()).isInstanceOf(Unauthorized.class);

        commands.sendAndWait(new VerifyResident(JINYUAN, RESIDENT, JINYUAN_ADMIN));

        assertThat(require(JINYUAN, RESIDENT, Role.RESIDENT).isExceptional()).isFalse();
    }

    @Test
    void aRevokedRoleNoLongerPasses() {
        commands.sendAndWait(new GrantRole(JINYUAN, RESIDENT, Role.MODERATOR, null, JINYUAN_ADMIN));
        assertThat(require(JINYUAN, RESIDENT, Role.MODERATOR).isExceptional()).isFalse();

        commands.sendAndWait(new RevokeRole(JINYUAN, RESIDENT, Role.MODERATOR, JINYUAN_ADMIN));

        assertThat(require(JINYUAN, RESIDENT, Role.MODERATOR).exceptionResult())
                .isInstanceOf(Unauthorized.class)
                .hasMessage("需要本社区的以下角色之一：主持人 / This needs one of these roles in this community: moderator");
    }

    @Test
    void theMessageNamesEveryRoleThatWouldHaveDone() {
        assertThat(require(JINYUAN, RESIDENT, Role.COMMITTEE_MEMBER, Role.PARTY_SECRETARY).exceptionResult())
                .hasMessage("需要本社区的以下角色之一：议事委员、社区党委书记 / "
                            + "This needs one of these roles in this community: committee member, party secretary");
    }

    @Test
    void anUnknownCommunityIsSaidToBeUnknown() {
        assertThat(require(new CommunityId("nowhere"), JINYUAN_ADMIN, Role.ADMINISTRATOR).exceptionResult())
                .isExactlyInstanceOf(Rejection.class)
                .hasMessage("社区不存在 / No such community");
    }

    /** As a command handler calls it: inside a unit of work, which loading an aggregate needs. */
    private ResultMessage<?> require(CommunityId community, PersonId actor, Role... anyOf) {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            access.require(community, actor, anyOf);
            return null;
        });
    }
}
