package org.yishi.command.community;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.AddResidentsGroup;
import org.yishi.command.api.community.AppointAdministrator;
import org.yishi.command.api.community.AssignGridGroups;
import org.yishi.command.api.community.GridGroupsAssigned;
import org.yishi.command.api.community.ChangePetitionThresholds;
import org.yishi.command.api.community.ChangeSessionRules;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.CommunityRegistered;
import org.yishi.command.api.community.DesignateHouseholdRepresentative;
import org.yishi.command.api.community.GrantRole;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.HouseholdRegistered;
import org.yishi.command.api.community.HouseholdRepresentativeDesignated;
import org.yishi.command.api.community.MemberRegistered;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.PetitionThresholds;
import org.yishi.command.api.community.PetitionThresholdsChanged;
import org.yishi.command.api.community.RegisterCommunity;
import org.yishi.command.api.community.RegisterHousehold;
import org.yishi.command.api.community.RegisterMember;
import org.yishi.command.api.community.ResidentVerified;
import org.yishi.command.api.community.ResidentsGroupAdded;
import org.yishi.command.api.community.RevokeRole;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.RoleGranted;
import org.yishi.command.api.community.RoleRevoked;
import org.yishi.command.api.community.SessionRulesChanged;
import org.yishi.command.api.community.VerifyResident;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A community (社区): the unit that owns its residents, its rules and its agreements. Public because the access check
 * in {@code org.yishi.command.access} loads it by type and asks {@link #allows}, {@link #standing},
 * {@link #standings}, {@link #electorateSize} and {@link #ruleSet}.
 */
@Aggregate
public class Community {

    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_PERSON_NAME_LENGTH = 40;
    private static final int MAX_GROUP_NAME_LENGTH = 30;
    private static final int MAX_ADDRESS_PART_LENGTH = 20;

    @AggregateIdentifier
    private CommunityId communityId;
    private String registeredBy;
    private final Members members = new Members();
    private final ResidentsGroups groups = new ResidentsGroups();
    private final Households households = new Households();
    private PetitionThresholds thresholds;
    private final Map<SessionKind, RuleSet> ruleSets = new EnumMap<>(SessionKind.class);
    private final Map<PersonId, Set<GroupId>> gridGroups = new HashMap<>();

    Community() {
    }

    @CommandHandler
    Community(RegisterCommunity command) {
        String registeredBy = Input.text(command.registeredBy(), "登记人", "The person registering the community");
        String name = Input.text(command.name(), MAX_NAME_LENGTH, "社区名称", "A community name");
        String street = Input.text(command.street(), "所属街道", "The street office (街道)");
        String district = Input.text(command.district(), "所属区", "The district");
        apply(new CommunityRegistered(command.communityId(), name, street, district, registeredBy));
    }

    /**
     * Whether {@code actor} is a member holding one of {@code anyOf}, a resident role counting only once verified.
     * Other aggregates' handlers ask this through {@code CommunityAccess}.
     */
    public boolean allows(PersonId actor, Role... anyOf) {
        return members.allows(actor, anyOf);
    }

    /** What a session needs to know of {@code person} here; {@link Standing#STRANGER} for a non-member. */
    public Standing standing(PersonId person) {
        return members.find(person).map(this::standingOf).orElse(Standing.STRANGER);
    }

    /** Every member's standing, by person: what an online vote draws its roll from. */
    public Map<PersonId, Standing> standings() {
        return members.all(this::standingOf);
    }

    private Standing standingOf(Member member) {
        return new Standing(true, member.verified(), member.household(), households.group(member.household()),
                            member.roles(), member.stakeholderGroup());
    }

    /**
     * How many make up {@code electorate}: verified residents, registered households, or residents' group
     * representatives.
     */
    public int electorateSize(ElectorateType electorate) {
        return switch (electorate) {
            case ADULT_RESIDENTS -> (int) members.count(member -> member.actsAs(Role.RESIDENT));
            case HOUSEHOLDS -> households.count();
            case GROUP_REPRESENTATIVES -> (int) members.count(member -> member.actsAs(Role.GROUP_REPRESENTATIVE));
        };
    }

    /** The rules this community set for {@code kind}, or the statutory defaults until it sets its own. */
    public RuleSet ruleSet(SessionKind kind) {
        return ruleSets.getOrDefault(kind, RuleSet.defaultFor(kind));
    }

    /** The residents' group of {@code household}; a rejection when this community has no such household. */
    public GroupId groupOf(HouseholdId household) {
        households.requireKnown(Input.required(household, "户编号", "A household id"));
        return households.group(household);
    }

    /** The groups {@code person} covers as a grid worker now; empty for anyone not acting as one. */
    public Set<GroupId> coveredBy(PersonId person) {
        return members.allows(person, Role.GRID_WORKER) ? gridGroups.getOrDefault(person, Set.of()) : Set.of();
    }

    @CommandHandler
    void handle(AppointAdministrator command) {
        // Until there is an administrator nobody can manage the community, so the one who registered it starts it off.
        if (command.actor() == null || !command.actor().value().equals(registeredBy)) {
            throw new Unauthorized("只有社区的登记人可以任命首位管理员",
                                   "Only the person who registered the community may appoint its first administrator");
        }
        if (members.administrators() > 0) {
            throw new Rejection("本社区已有管理员，请由管理员授予角色",
                                "This community has an administrator already, who grants roles from now on");
        }
        PersonId person = Input.required(command.personId(), "人员编号", "A person id");
        String name = Input.text(command.displayName(), MAX_PERSON_NAME_LENGTH, "姓名", "A display name");
        apply(new MemberRegistered(communityId, person, name, null, command.actor()));
        apply(new RoleGranted(communityId, person, Role.ADMINISTRATOR, null, command.actor()));
    }

    @CommandHandler
    void handle(AddResidentsGroup command) {
        requireAdministrator(command.actor());
        Input.required(command.groupId(), "居民小组编号", "A residents' group id");
        String name = Input.text(command.name(), MAX_GROUP_NAME_LENGTH, "居民小组名称", "A residents' group name");
        groups.checkNew(command.groupId(), name);
        apply(new ResidentsGroupAdded(communityId, command.groupId(), name, command.actor()));
    }

    @CommandHandler
    void handle(RegisterHousehold command) {
        requireAdministrator(command.actor());
        Input.required(command.householdId(), "户编号", "A household id");
        groups.requireKnown(Input.required(command.groupId(), "居民小组", "A residents' group"));
        Address address = new Address(
                Input.text(command.building(), MAX_ADDRESS_PART_LENGTH, "楼栋", "A building"),
                Input.optional(command.unit()),
                Input.text(command.room(), MAX_ADDRESS_PART_LENGTH, "门牌号", "A room number"));
        households.checkNew(command.householdId(), address);
        apply(new HouseholdRegistered(communityId, command.householdId(), command.groupId(), address.building(),
                                      address.unit(), address.room(), command.actor()));
    }

    @CommandHandler
    void handle(RegisterMember command) {
        requireAdministrator(command.actor());
        PersonId person = Input.required(command.personId(), "人员编号", "A person id");
        if (members.contains(person)) {
            throw new Rejection("此人已是本社区成员", "This person is a member of this community already");
        }
        String name = Input.text(command.displayName(), MAX_PERSON_NAME_LENGTH, "姓名", "A display name");
        if (command.householdId() != null) {
            households.requireKnown(command.householdId());
        }
        apply(new MemberRegistered(communityId, person, name, command.householdId(), command.actor()));
    }

    @CommandHandler
    void handle(VerifyResident command) {
        requireAdministrator(command.actor());
        if (members.get(command.personId()).verified()) {
            throw new Rejection("此人的居住情况已核实", "This person's residence is verified already");
        }
        apply(new ResidentVerified(communityId, command.personId(), command.actor()));
    }

    @CommandHandler
    void handle(GrantRole command) {
        requireAdministrator(command.actor());
        Member member = members.get(command.personId());
        GroupId group = households.group(member.household());
        long representativesOfGroup = members.count(other -> other.actsAs(Role.GROUP_REPRESENTATIVE)
                                                             && group != null
                                                             && group.equals(households.group(other.household())));
        RoleRules.checkGrant(member, command.role(), command.stakeholderGroup(), representativesOfGroup);
        apply(new RoleGranted(communityId, command.personId(), command.role(), command.stakeholderGroup(),
                              command.actor()));
    }

    @CommandHandler
    void handle(AssignGridGroups command) {
        requireAdministrator(command.actor());
        if (!members.get(command.personId()).holds(Role.GRID_WORKER)) {
            throw new Rejection("只有网格员才能分配居民小组", "Only a grid worker is assigned residents' groups");
        }
        Set<GroupId> assigned = Input.required(command.groups(), "居民小组", "The residents' groups");
        if (assigned.isEmpty()) {
            throw new Rejection("请至少分配一个居民小组", "Assign at least one residents' group");
        }
        assigned.forEach(groups::requireKnown);
        List<GroupId> sorted = assigned.stream().sorted(Comparator.comparing(GroupId::value)).toList();
        apply(new GridGroupsAssigned(communityId, command.personId(), sorted, command.actor()));
    }

    @CommandHandler
    void handle(RevokeRole command) {
        requireAdministrator(command.actor());
        RoleRules.checkRevoke(members.get(command.personId()), command.role(), members.administrators());
        apply(new RoleRevoked(communityId, command.personId(), command.role(), command.actor()));
    }

    @CommandHandler
    void handle(DesignateHouseholdRepresentative command) {
        requireAdministrator(command.actor());
        HouseholdId household = Input.required(command.householdId(), "户编号", "A household id");
        households.requireKnown(household);
        Member member = members.get(command.personId());
        if (!member.belongsTo(household)) {
            throw new Rejection("此人不属于这一户", "This person does not belong to this household");
        }
        if (!member.verified()) {
            // The representative casts the household's vote, so an unverified claim must not carry it.
            throw new Rejection("户代表须是居住情况已核实的居民", "A household representative must be a verified resident");
        }
        PersonId replaced = households.representative(household).orElse(null);
        if (command.personId().equals(replaced)) {
            throw new Rejection("此人已是这一户的户代表", "This person represents this household already");
        }
        apply(new HouseholdRepresentativeDesignated(communityId, household, command.personId(), replaced,
                                                    command.actor()));
    }

    @CommandHandler
    void handle(ChangePetitionThresholds command) {
        requireAdministrator(command.actor());
        PetitionThresholdRule.check(command.thresholds(), thresholds);
        apply(new PetitionThresholdsChanged(communityId, command.thresholds(), command.actor()));
    }

    @CommandHandler
    void handle(ChangeSessionRules command) {
        requireAdministrator(command.actor());
        RuleSet proposed = Input.required(command.ruleSet(), "会议规则", "The rule set");
        RuleSet current = ruleSet(Input.required(proposed.kind(), "会议类型", "The kind of session"));
        RuleSetRule.check(proposed, current);
        apply(new SessionRulesChanged(communityId, new RuleSet(proposed.kind(), current.version() + 1,
                                                               proposed.electorate(), proposed.quorum(),
                                                               proposed.majority(), proposed.householdBallot()),
                                                   command.actor()));
    }

    private void requireAdministrator(PersonId actor) {
        if (!members.allows(actor, Role.ADMINISTRATOR)) {
            throw new Unauthorized("只有本社区的管理员可以这样做", "Only an administrator of this community may do this");
        }
    }

    @EventSourcingHandler
    void on(CommunityRegistered event) {
        communityId = event.communityId();
        registeredBy = event.registeredBy();
        thresholds = PetitionThresholds.DEFAULT;
    }

    @EventSourcingHandler
    void on(ResidentsGroupAdded event) {
        groups.add(event.groupId(), event.name());
    }

    @EventSourcingHandler
    void on(HouseholdRegistered event) {
        households.add(event.householdId(), event.groupId(), new Address(event.building(), event.unit(), event.room()));
    }

    @EventSourcingHandler
    void on(MemberRegistered event) {
        members.add(event.personId(), Member.registered(event.householdId()));
    }

    @EventSourcingHandler
    void on(ResidentVerified event) {
        members.change(event.personId(), Member::verify);
    }

    @EventSourcingHandler
    void on(RoleGranted event) {
        members.change(event.personId(), member -> member.with(event.role(), event.stakeholderGroup()));
    }

    @EventSourcingHandler
    void on(RoleRevoked event) {
        if (event.role() == Role.HOUSEHOLD_REPRESENTATIVE) {
            households.withoutRepresentative(members.get(event.personId()).household());
        }
        if (event.role() == Role.GRID_WORKER) {
            gridGroups.remove(event.personId());
        }
        members.change(event.personId(), member -> member.without(event.role()));
    }

    @EventSourcingHandler
    void on(GridGroupsAssigned event) {
        gridGroups.put(event.personId(), Set.copyOf(event.groups()));
    }

    @EventSourcingHandler
    void on(HouseholdRepresentativeDesignated event) {
        if (event.replaced() != null) {
            members.change(event.replaced(), member -> member.without(Role.HOUSEHOLD_REPRESENTATIVE));
        }
        members.change(event.personId(), member -> member.with(Role.HOUSEHOLD_REPRESENTATIVE));
        households.designate(event.householdId(), event.personId());
    }

    @EventSourcingHandler
    void on(PetitionThresholdsChanged event) {
        thresholds = event.thresholds();
    }

    @EventSourcingHandler
    void on(SessionRulesChanged event) {
        ruleSets.put(event.ruleSet().kind(), event.ruleSet());
    }
}
