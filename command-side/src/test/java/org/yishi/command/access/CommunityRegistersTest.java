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
import org.yishi.command.api.community.AddResidentsGroup;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.ChangeSessionRules;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.RegisterCommunity;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.RevokeRole;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.community.Community;
import org.yishi.command.community.Standing;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What a session reads from a community built by real commands and read back from an event store. */
class CommunityRegistersTest {

    private static final CommunityId JINYUAN = new CommunityId("jinyuan");
    private static final PersonId OPERATOR = new PersonId("operator-1");
    private static final PersonId ADMIN = new PersonId("wang-min");
    private static final PersonId LI = new PersonId("li-hua");
    private static final PersonId ZHANG = new PersonId("zhang-wei");
    private static final PersonId NEWCOMER = new PersonId("zhao-lei");
    private static final PersonId SHOP = new PersonId("liu-shop");
    private static final GroupId GROUP = new GroupId("group-1");
    private static final HouseholdId ONE = new HouseholdId("3-2-501");
    private static final HouseholdId TWO = new HouseholdId("3-2-502");

    private EmbeddedEventStore store;
    private CommandGateway commands;
    private AggregateCommunityAccess registers;

    @BeforeEach
    void community() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<Community> repository =
                EventSourcingRepository.builder(Community.class).eventStore(store).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Community>builder().aggregateType(Community.class).repository(repository)
                                         .build().subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
        registers = new AggregateCommunityAccess(repository);

        commands.sendAndWait(new RegisterCommunity(JINYUAN, "锦苑社区", "锦苑街道", "江岸区", OPERATOR.value()));
        commands.sendAndWait(new AppointAdministrator(JINYUAN, ADMIN, "王敏", OPERATOR));
        commands.sendAndWait(new AddResidentsGroup(JINYUAN, GROUP, "第一居民小组", ADMIN));
        commands.sendAndWait(new RegisterHousehold(JINYUAN, ONE, GROUP, "3栋", "2单元", "501", ADMIN));
        commands.sendAndWait(new RegisterHousehold(JINYUAN, TWO, GROUP, "3栋", "2单元", "502", ADMIN));
        resident(LI, ONE, true);
        resident(ZHANG, ONE, true);
        resident(NEWCOMER, TWO, false);
        commands.sendAndWait(new RegisterMember(JINYUAN, SHOP, "刘老板", null, ADMIN));
        commands.sendAndWait(new GrantRole(JINYUAN, SHOP, Role.STAKEHOLDER_REPRESENTATIVE, StakeholderGroup.MERCHANT,
                                           ADMIN));
        commands.sendAndWait(new GrantRole(JINYUAN, LI, Role.GROUP_REPRESENTATIVE, null, ADMIN));
    }

    private void resident(PersonId person, HouseholdId household, boolean verified) {
        commands.sendAndWait(new RegisterMember(JINYUAN, person, person.value(), household, ADMIN));
        commands.sendAndWait(new GrantRole(JINYUAN, person, Role.RESIDENT, null, ADMIN));
        if (verified) {
            commands.sendAndWait(new VerifyResident(JINYUAN, person, ADMIN));
        }
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aResidentsStandingNamesTheirHouseholdItsGroupAndTheirRoles() {
        assertThat(read(() -> registers.standing(JINYUAN, LI))).isEqualTo(
                new Standing(true, true, ONE, GROUP, Set.of(Role.RESIDENT, Role.GROUP_REPRESENTATIVE), null));
    }

    @Test
    void aStakeholderRepresentativesStandingNamesTheGroupTheySpeakFor() {
        Standing shop = read(() -> registers.standing(JINYUAN, SHOP));

        assertThat(shop.stakeholderGroup()).isEqualTo(StakeholderGroup.MERCHANT);
        assertThat(shop.household()).isNull();
        assertThat(shop.verifiedResident()).isFalse();
    }

    @Test
    void theGroupGoesWithTheStakeholderRoleWhenItIsRevoked() {
        commands.sendAndWait(new RevokeRole(JINYUAN, SHOP, Role.STAKEHOLDER_REPRESENTATIVE, ADMIN));

        assertThat(read(() -> registers.standing(JINYUAN, SHOP)).stakeholderGroup()).isNull();
    }

    @Test
    void theStandingsListEveryMemberAsTheirOwnStandingSaysThem() {
        Map<PersonId, Standing> standings = read(() -> registers.standings(JINYUAN));

        assertThat(standings).containsOnlyKeys(ADMIN, LI, ZHANG, NEWCOMER, SHOP);
        assertThat(standings.get(LI)).isEqualTo(read(() -> registers.standing(JINYUAN, LI)));
        assertThat(standings.get(NEWCOMER).verifiedResident()).isFalse();
        assertThat(standings.get(SHOP).stakeholderGroup()).isEqualTo(StakeholderGroup.MERCHANT);
    }

    @Test
    void someoneTheCommunityDoesNotKnowIsAStranger() {
        assertThat(read(() -> registers.standing(JINYUAN, new PersonId("nobody")))).isEqualTo(Standing.STRANGER);
    }

    @Test
    void theElectoratesAreCountedFromTheRegisters() {
        assertThat(read(() -> registers.electorateSize(JINYUAN, ElectorateType.ADULT_RESIDENTS))).isEqualTo(2);
        assertThat(read(() -> registers.electorateSize(JINYUAN, ElectorateType.HOUSEHOLDS))).isEqualTo(2);
        assertThat(read(() -> registers.electorateSize(JINYUAN, ElectorateType.GROUP_REPRESENTATIVES))).isEqualTo(1);

        commands.sendAndWait(new VerifyResident(JINYUAN, NEWCOMER, ADMIN));

        assertThat(read(() -> registers.electorateSize(JINYUAN, ElectorateType.ADULT_RESIDENTS))).isEqualTo(3);
    }

    @Test
    void aCommunityRunsUnderTheDefaultRulesUntilItSetsItsOwn() {
        assertThat(read(() -> registers.ruleSet(JINYUAN, SessionKind.RESIDENTS_MEETING)))
                .isEqualTo(RuleSet.defaultFor(SessionKind.RESIDENTS_MEETING));

        commands.sendAndWait(new ChangeSessionRules(JINYUAN, new RuleSet(SessionKind.RESIDENTS_MEETING, 0,
                                                                         ElectorateType.HOUSEHOLDS,
                                                                         new Fraction(1, 2), new Fraction(2, 3)),
                                                    ADMIN));

        assertThat(read(() -> registers.ruleSet(JINYUAN, SessionKind.RESIDENTS_MEETING))).isEqualTo(
                new RuleSet(SessionKind.RESIDENTS_MEETING, 1, ElectorateType.HOUSEHOLDS, new Fraction(1, 2),
                            new Fraction(2, 3)));
        assertThat(read(() -> registers.ruleSet(JINYUAN, SessionKind.DELIBERATION_DAY)))
                .isEqualTo(RuleSet.defaultFor(SessionKind.DELIBERATION_DAY));
    }

    @Test
    void anUnknownCommunityIsSaidToBeUnknown() {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(
                () -> registers.standing(new CommunityId("nowhere"), LI));

        assertThat(result.exceptionResult()).hasMessage("社区不存在 / No such community");
    }

    /** As a command handler asks: inside a unit of work, which loading an aggregate needs. */
    private static <T> T read(Supplier<T> question) {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(question::get);
        @SuppressWarnings("unchecked")
        T answer = (T) result.getPayload();
        return answer;
    }
}
