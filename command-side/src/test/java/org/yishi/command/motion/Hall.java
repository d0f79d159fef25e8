package org.yishi.command.motion;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.GroupId;
import org.yishi.command.api.community.HouseholdId;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.community.Role;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.OpenMotion;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionStatus;
import org.yishi.command.community.Standing;
import org.yishi.command.session.SessionRoll;
import org.yishi.command.session.SessionRolls;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The votes of 锦苑社区 that the motion tests share: its people with their standing, a residents' meeting in session
 * on the parking item, and the commands a test starts from, each changed only where the test needs it.
 */
final class Hall {

    static final CommunityId JINYUAN = new CommunityId("jinyuan");
    static final MotionId MOTION = new MotionId("parking-vote-1");
    static final SessionId MEETING = new SessionId("residents-meeting");
    static final AgendaItemId PARKING_ITEM = new AgendaItemId("item-parking");
    static final AgendaItemId OTHER_ITEM = new AgendaItemId("item-stalls");
    static final ProposalId PARKING = new ProposalId("parking");
    static final String QUESTION = "地面停车位按摇号分配";

    static final GroupId GROUP_1 = new GroupId("group-1");
    static final GroupId GROUP_2 = new GroupId("group-2");
    static final HouseholdId HOUSEHOLD_1 = new HouseholdId("3-2-501");
    static final HouseholdId HOUSEHOLD_2 = new HouseholdId("3-2-502");
    static final HouseholdId HOUSEHOLD_3 = new HouseholdId("7-1-302");

    static final PersonId ADMIN = new PersonId("wang-min");          // administrator
    static final PersonId COMMITTEE = new PersonId("chen-jing");     // committee member, not a resident
    static final PersonId MODERATOR = new PersonId("xu-shegong");    // the social worker running the meeting
    static final PersonId SECRETARY = new PersonId("zhou-shuji");    // party secretary
    static final PersonId LI = new PersonId("li-hua");               // verified, represents household 1
    static final PersonId ZHANG = new PersonId("zhang-wei");         // verified, household 1
    static final PersonId WANG = new PersonId("wang-fang");          // verified, represents household 2
    static final PersonId NEWCOMER = new PersonId("zhao-lei");       // household 2, not verified
    static final PersonId SUN = new PersonId("sun-li");              // verified, household 3 (no representative), group rep
    static final PersonId MERCHANT = new PersonId("liu-shop");       // speaks for the merchants
    static final PersonId PROPERTY = new PersonId("ma-property");    // speaks for the property management
    static final PersonId OUTSIDER = new PersonId("qinghe-admin");   // not a member

    static final Instant AT = Instant.parse("2026-03-14T02:00:00Z");
    static final Instant CLOSES = AT.plusSeconds(3 * 24 * 3600);
    static final RuleSet MEETING_RULES = RuleSet.defaultFor(SessionKind.RESIDENTS_MEETING);

    private Hall() {
    }

    static Instant at(int seconds) {
        return AT.plusSeconds(seconds);
    }

    static Registers registers() {
        return new Registers(JINYUAN)
                .with(ADMIN, standing(true, null, null, null, Role.ADMINISTRATOR))
                .with(COMMITTEE, standing(true, null, null, null, Role.COMMITTEE_MEMBER))
                .with(MODERATOR, standing(false, null, null, null, Role.MODERATOR))
                .with(SECRETARY, standing(true, null, null, null, Role.PARTY_SECRETARY))
                .with(LI, standing(true, HOUSEHOLD_1, GROUP_1, null, Role.RESIDENT, Role.HOUSEHOLD_REPRESENTATIVE))
                .with(ZHANG, standing(true, HOUSEHOLD_1, GROUP_1, null, Role.RESIDENT))
                .with(WANG, standing(true, HOUSEHOLD_2, GROUP_1, null, Role.RESIDENT, Role.HOUSEHOLD_REPRESENTATIVE))
                .with(NEWCOMER, standing(false, HOUSEHOLD_2, GROUP_1, null, Role.RESIDENT))
                .with(SUN, standing(true, HOUSEHOLD_3, GROUP_2, null, Role.RESIDENT, Role.GROUP_REPRESENTATIVE))
                .with(MERCHANT, standing(false, null, null, StakeholderGroup.MERCHANT,
                                         Role.STAKEHOLDER_REPRESENTATIVE))
                .with(PROPERTY, standing(false, null, null, StakeholderGroup.PROPERTY_MANAGEMENT,
                                         Role.STAKEHOLDER_REPRESENTATIVE));
    }

    static Standing standing(boolean verified, HouseholdId household, GroupId group, StakeholderGroup stakeholder,
                             Role... roles) {
        return new Standing(true, verified, household, group, Set.of(roles), stakeholder);
    }

    /** The sessions a motion may be taken in: the residents' meeting, in session or as the test sets it. */
    static final class Sessions implements SessionRolls {

        private final Map<SessionId, SessionRoll> rolls = new HashMap<>();

        Sessions() {
            meeting(SessionStatus.OPEN, PARKING_ITEM, MEETING_RULES, LI, ZHANG, WANG, NEWCOMER, SUN, MERCHANT,
                    PROPERTY, MODERATOR);
        }

        Sessions meeting(SessionStatus status, AgendaItemId running, RuleSet rules, PersonId... present) {
            rolls.put(MEETING, new SessionRoll(JINYUAN, status, running, running == null ? null : PARKING, rules,
                                               MODERATOR, Set.of(present)));
            return this;
        }

        @Override
        public Optional<SessionRoll> find(SessionId sessionId) {
            return Optional.ofNullable(rolls.get(sessionId));
        }
    }

    static AggregateTestFixture<Motion> fixture() {
        return fixture(registers(), new Sessions());
    }

    static AggregateTestFixture<Motion> fixture(Registers registers, Sessions sessions) {
        return fixture(registers, sessions, new KeysInMemory());
    }

    static AggregateTestFixture<Motion> fixture(Registers registers, Sessions sessions, BallotKeys keys) {
        AggregateTestFixture<Motion> fixture = new AggregateTestFixture<>(Motion.class);
        fixture.registerInjectableResource(registers);
        fixture.registerInjectableResource(sessions);
        fixture.registerInjectableResource(new PlainSeal());
        fixture.registerInjectableResource(keys);
        return fixture;
    }

    /** An online yes / no / abstain vote of the verified residents, named, changeable, closing in three days. */
    static Opening online() {
        return new Opening(MOTION, JINYUAN, null, null, null, QUESTION, Method.YES_NO_ABSTAIN, List.of(), true,
                           PassingRule.moreThanHalfOfPresent(), null, Secrecy.NAMED, VotingUnit.PERSON,
                           ElectorateType.ADULT_RESIDENTS, Set.of(), true, CLOSES, COMMITTEE, AT);
    }

    /** The same vote in the residents' meeting, on the parking item, with no deadline, opened by its moderator. */
    static Opening inMeeting() {
        return online().session(MEETING).item(PARKING_ITEM).closesAt(null).actor(MODERATOR);
    }

    static CastBallot ballot(PersonId voter, String option, int second) {
        return new CastBallot(MOTION, option, null, voter.value() + "-" + second, voter, at(second));
    }

    static CastBallot objection(PersonId voter, String reason, int second) {
        return new CastBallot(MOTION, "OBJECT", reason, voter.value() + "-" + second, voter, at(second));
    }

    static CloseMotion closedBy(PersonId actor, int second) {
        return new CloseMotion(MOTION, 0, actor, at(second));
    }

    /** An {@link OpenMotion} to change one part at a time. */
    record Opening(MotionId motionId, CommunityId communityId, SessionId sessionId, AgendaItemId itemId,
                   ProposalId proposalId, String question, Method method, List<String> options,
                   boolean abstainAllowed, PassingRule passing, TieRule tieRule, Secrecy secrecy, VotingUnit unit,
                   ElectorateType electorate, Set<StakeholderGroup> stakeholderGroups, boolean changeable,
                   Instant closesAt, PersonId actor, Instant at) {

        OpenMotion command() {
            return new OpenMotion(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                                  abstainAllowed, passing, tieRule, secrecy, unit, electorate, stakeholderGroups,
                                  changeable, closesAt, actor, at);
        }

        Opening session(SessionId value) {
            return new Opening(motionId, communityId, value, itemId, proposalId, question, method, options,
                               abstainAllowed, passing, tieRule, secrecy, unit, electorate, stakeholderGroups,
                               changeable, closesAt, actor, at);
        }

        Opening item(AgendaItemId value) {
            return new Opening(motionId, communityId, sessionId, value, proposalId, question, method, options,
                               abstainAllowed, passing, tieRule, secrecy, unit, electorate, stakeholderGroups,
                               changeable, closesAt, actor, at);
        }

        Opening question(String value) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, value, method, options,
                               abstainAllowed, passing, tieRule, secrecy, unit, electorate, stakeholderGroups,
                               changeable, closesAt, actor, at);
        }

        Opening singleChoice(TieRule tie, String... labels) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, Method.SINGLE_CHOICE,
                               List.of(labels), false, null, tie, secrecy, unit, electorate, stakeholderGroups,
                               changeable, closesAt, actor, at);
        }

        Opening consent() {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, Method.CONSENT,
                               List.of(), false, null, null, secrecy, unit, electorate, stakeholderGroups, changeable,
                               closesAt, actor, at);
        }

        Opening abstain(boolean value) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                               value, passing, tieRule, secrecy, unit, electorate, stakeholderGroups, changeable,
                               closesAt, actor, at);
        }

        Opening passing(PassingRule value) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                               abstainAllowed, value, tieRule, secrecy, unit, electorate, stakeholderGroups,
                               changeable, closesAt, actor, at);
        }

        Opening secret() {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                               abstainAllowed, passing, tieRule, Secrecy.SECRET, unit, electorate, stakeholderGroups,
                               changeable, closesAt, actor, at);
        }

        Opening unit(VotingUnit value) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                               abstainAllowed, passing, tieRule, secrecy, value, electorate, stakeholderGroups,
                               changeable, closesAt, actor, at);
        }

        Opening electorate(ElectorateType value, StakeholderGroup... groups) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                               abstainAllowed, passing, tieRule, secrecy, unit, value, Set.of(groups), changeable,
                               closesAt, actor, at);
        }

        Opening changeable(boolean value) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                               abstainAllowed, passing, tieRule, secrecy, unit, electorate, stakeholderGroups, value,
                               closesAt, actor, at);
        }

        Opening closesAt(Instant value) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                               abstainAllowed, passing, tieRule, secrecy, unit, electorate, stakeholderGroups,
                               changeable, value, actor, at);
        }

        Opening actor(PersonId value) {
            return new Opening(motionId, communityId, sessionId, itemId, proposalId, question, method, options,
                               abstainAllowed, passing, tieRule, secrecy, unit, electorate, stakeholderGroups,
                               changeable, closesAt, value, at);
        }
    }
}
