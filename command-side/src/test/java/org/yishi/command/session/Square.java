package org.yishi.command.session;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.proposal.Destination;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemAdded;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.AgendaItemStarted;
import org.yishi.command.api.session.CheckInMethod;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.Format;
import org.yishi.command.api.session.ParticipantCheckedIn;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionOpened;
import org.yishi.command.api.session.SessionScheduled;
import org.yishi.command.community.Standing;
import org.yishi.command.proposal.AgendaProposal;
import org.yishi.command.proposal.AgendaProposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deliberation day on 锦苑广场 that the session tests share: the people of 锦苑社区 with their standing, the
 * proposals an agenda may take up, and histories to start from, each adding to the one before.
 */
final class Square {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final CommunityId HUAYUAN = new CommunityId("huayuan");
    static final SessionId SESSION = new SessionId("square-day");

    static final GroupId GROUP_1 = new GroupId("group-1");
    static final GroupId GROUP_2 = new GroupId("group-2");
    static final HouseholdId HOUSEHOLD_1 = new HouseholdId("3-2-501");
    static final HouseholdId HOUSEHOLD_2 = new HouseholdId("3-2-502");
    static final HouseholdId HOUSEHOLD_3 = new HouseholdId("7-1-302");

    static final PersonId ADMIN = new PersonId("wang-min");          // administrator
    static final PersonId COMMITTEE = new PersonId("chen-jing");     // committee member, verified, no household
    static final PersonId MODERATOR = new PersonId("xu-shegong");    // the social worker named to run the session
    static final PersonId OTHER_MODERATOR = new PersonId("he-shegong"); // a moderator of the community, not named
    static final PersonId LI = new PersonId("li-hua");               // verified resident of household 1
    static final PersonId ZHANG = new PersonId("zhang-wei");         // verified resident of household 1 too
    static final PersonId WANG = new PersonId("wang-fang");          // verified resident of household 2
    static final PersonId NEWCOMER = new PersonId("zhao-lei");       // resident of household 2, not verified
    static final PersonId REPRESENTATIVE = new PersonId("sun-li");   // verified resident of household 3, group rep
    static final PersonId MERCHANT = new PersonId("liu-shop");       // stakeholder representative of merchants
    static final PersonId PROPERTY = new PersonId("ma-property");    // stakeholder representative of the property
    static final PersonId OUTSIDER = new PersonId("qinghe-admin");   // not a member

    static final String CODE = "482913";
    static final int SPEAKING_SECONDS = 180;
    static final Instant AT = Instant.parse("2026-03-07T01:00:00Z");
    static final Instant STARTS_AT = Instant.parse("2026-03-14T01:00:00Z");

    static final AgendaItemId NOISE_ITEM = new AgendaItemId("item-noise");
    static final AgendaItemId STALLS_ITEM = new AgendaItemId("item-stalls");
    static final ProposalId NOISE = new ProposalId("square-noise");
    static final ProposalId PARKING_VOTE = new ProposalId("parking-vote");
    static final ProposalId PENDING = new ProposalId("pending");
    static final ProposalId HUAYUAN_NOISE = new ProposalId("huayuan-noise");
    static final String NOISE_TITLE = "广场舞噪音扰民";

    /** 锦苑's registers: four verified residents in three households, two group representatives. */
    static final int ADULT_RESIDENTS = 4;
    static final int HOUSEHOLDS = 3;
    static final int GROUP_REPRESENTATIVES = 2;

    private Square() {
    }

    static Instant at(int seconds) {
        return AT.plusSeconds(seconds);
    }

    static KnownRegisters registers() {
        return new KnownRegisters(JINYUAN)
                .with(ADMIN, standing(true, null, null, null, Role.ADMINISTRATOR))
                .with(COMMITTEE, standing(true, null, null, null, Role.COMMITTEE_MEMBER))
                .with(MODERATOR, standing(false, null, null, null, Role.MODERATOR))
                .with(OTHER_MODERATOR, standing(false, null, null, null, Role.MODERATOR))
                .with(LI, standing(true, HOUSEHOLD_1, GROUP_1, null, Role.RESIDENT))
                .with(ZHANG, standing(true, HOUSEHOLD_1, GROUP_1, null, Role.RESIDENT))
                .with(WANG, standing(true, HOUSEHOLD_2, GROUP_1, null, Role.RESIDENT))
                .with(NEWCOMER, standing(false, HOUSEHOLD_2, GROUP_1, null, Role.RESIDENT))
                .with(REPRESENTATIVE, standing(true, HOUSEHOLD_3, GROUP_2, null, Role.RESIDENT,
                                               Role.GROUP_REPRESENTATIVE))
                .with(MERCHANT, standing(false, null, null, StakeholderGroup.MERCHANT,
                                         Role.STAKEHOLDER_REPRESENTATIVE))
                .with(PROPERTY, standing(false, null, null, StakeholderGroup.PROPERTY_MANAGEMENT,
                                         Role.STAKEHOLDER_REPRESENTATIVE))
                .electorate(ElectorateType.ADULT_RESIDENTS, ADULT_RESIDENTS)
                .electorate(ElectorateType.HOUSEHOLDS, HOUSEHOLDS)
                .electorate(ElectorateType.GROUP_REPRESENTATIVES, GROUP_REPRESENTATIVES);
    }

    private static Standing standing(boolean verified, HouseholdId household, GroupId group,
                                     StakeholderGroup stakeholderGroup, Role... roles) {
        return new Standing(true, verified, household, group, Set.of(roles), stakeholderGroup);
    }

    /** Noise accepted onto a deliberation day; parking accepted for a vote; one pending; one of 华苑. */
    static AgendaProposals proposals() {
        Map<ProposalId, AgendaProposal> known = Map.of(
                NOISE, new AgendaProposal(JINYUAN, NOISE_TITLE, Destination.DELIBERATION_DAY),
                PARKING_VOTE, new AgendaProposal(JINYUAN, "地面停车位分配", Destination.FOR_VOTE),
                PENDING, new AgendaProposal(JINYUAN, "楼道堆物清理", null),
                HUAYUAN_NOISE, new AgendaProposal(HUAYUAN, "华苑噪音", Destination.DELIBERATION_DAY));
        return proposalId -> Optional.ofNullable(known.get(proposalId));
    }

    static AggregateTestFixture<Session> fixture(KnownRegisters registers) {
        AggregateTestFixture<Session> fixture = new AggregateTestFixture<>(Session.class);
        fixture.registerInjectableResource(registers);
        fixture.registerInjectableResource(proposals());
        return fixture;
    }

    static AggregateTestFixture<Session> fixture() {
        return fixture(registers());
    }

    static SessionScheduled scheduled(SessionKind kind) {
        return scheduled(RuleSet.defaultFor(kind), Format.HYBRID);
    }

    static SessionScheduled scheduled(RuleSet ruleSet, Format format) {
        int size = switch (ruleSet.electorate()) {
            case ADULT_RESIDENTS -> ADULT_RESIDENTS;
            case HOUSEHOLDS -> HOUSEHOLDS;
            case GROUP_REPRESENTATIVES -> GROUP_REPRESENTATIVES;
        };
        return new SessionScheduled(SESSION, JINYUAN, ruleSet.kind(), "锦苑广场议事日", STARTS_AT, "社区活动中心",
                                    format, MODERATOR, Set.of(StakeholderGroup.PROPERTY_MANAGEMENT), CODE,
                                    SPEAKING_SECONDS, false, ruleSet, size, ruleSet.required(size), COMMITTEE, AT);
    }

    /** A deliberation day (no quorum) with two items on its agenda. */
    static List<Object> withAgenda() {
        return List.of(scheduled(SessionKind.DELIBERATION_DAY),
                       new AgendaItemAdded(SESSION, NOISE_ITEM, NOISE, NOISE_TITLE, 30, SPEAKING_SECONDS, COMMITTEE, AT),
                       new AgendaItemAdded(SESSION, STALLS_ITEM, null, "流动摊贩管理", 20, 120, COMMITTEE, AT));
    }

    /** ...opened, with 李华 and 王芳 checked in by code. */
    static List<Object> opened() {
        return plus(withAgenda(),
                    new SessionOpened(SESSION, RuleSet.defaultFor(SessionKind.DELIBERATION_DAY), ADULT_RESIDENTS, 0, 0,
                                      MODERATOR, at(10)),
                    new ParticipantCheckedIn(SESSION, LI, HOUSEHOLD_1, GROUP_1, true, CheckInMethod.CODE, 1, 0, LI,
                                             at(20)),
                    new ParticipantCheckedIn(SESSION, WANG, HOUSEHOLD_2, GROUP_1, true, CheckInMethod.CODE, 2, 0, WANG,
                                             at(30)));
    }

    /** ...with the noise item running. */
    static List<Object> itemRunning() {
        return plus(opened(), new AgendaItemStarted(SESSION, NOISE_ITEM, SPEAKING_SECONDS, MODERATOR, at(60)));
    }

    static List<Object> plus(List<Object> history, Object... events) {
        List<Object> more = new ArrayList<>(history);
        more.addAll(List.of(events));
        return more;
    }
}
