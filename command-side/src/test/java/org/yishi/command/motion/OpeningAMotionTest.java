package org.yishi.command.motion;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.StakeholderGroup;
import org.yishi.command.api.motion.Electorate;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;
import org.yishi.command.api.session.SessionStatus;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.motion.Hall.ADMIN;
import static org.yishi.command.motion.Hall.AT;
import static org.yishi.command.motion.Hall.CLOSES;
import static org.yishi.command.motion.Hall.COMMITTEE;
import static org.yishi.command.motion.Hall.HOUSEHOLD_1;
import static org.yishi.command.motion.Hall.HOUSEHOLD_2;
import static org.yishi.command.motion.Hall.HOUSEHOLD_3;
import static org.yishi.command.motion.Hall.JINYUAN;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MEETING;
import static org.yishi.command.motion.Hall.MEETING_RULES;
import static org.yishi.command.motion.Hall.MERCHANT;
import static org.yishi.command.motion.Hall.MODERATOR;
import static org.yishi.command.motion.Hall.MOTION;
import static org.yishi.command.motion.Hall.OTHER_ITEM;
import static org.yishi.command.motion.Hall.PARKING;
import static org.yishi.command.motion.Hall.PARKING_ITEM;
import static org.yishi.command.motion.Hall.QUESTION;
import static org.yishi.command.motion.Hall.SECRETARY;
import static org.yishi.command.motion.Hall.SUN;
import static org.yishi.command.motion.Hall.WANG;
import static org.yishi.command.motion.Hall.ZHANG;

/** What opening a vote fixes, and who may open one where. */
class OpeningAMotionTest {

    static final List<MotionOption> YES_NO_ABSTAIN = List.of(new MotionOption("YES", "赞成", "yes"),
                                                             new MotionOption("NO", "反对", "no"),
                                                             new MotionOption("ABSTAIN", "弃权", "abstain"));
    static final Voter LI_VOTES = new Voter(LI, HOUSEHOLD_1, true, null);
    static final Voter SUN_VOTES = new Voter(SUN, HOUSEHOLD_3, false, null);
    static final Voter WANG_VOTES = new Voter(WANG, HOUSEHOLD_2, true, null);
    static final Voter ZHANG_VOTES = new Voter(ZHANG, HOUSEHOLD_1, false, null);
    static final List<Voter> VERIFIED_RESIDENTS = List.of(LI_VOTES, SUN_VOTES, WANG_VOTES, ZHANG_VOTES);

    private final AggregateTestFixture<Motion> fixture = Hall.fixture();

    private static MotionOpened opened(Hall.Opening opening, List<MotionOption> options, RuleSet rules,
                                       Electorate electorate, int quorum, boolean binding) {
        return new MotionOpened(MOTION, JINYUAN, opening.sessionId(), opening.itemId(),
                                opening.sessionId() == null ? null : PARKING, QUESTION, opening.method(), options,
                                opening.passing(), opening.tieRule(), opening.secrecy(), opening.unit(),
                                opening.unit() == VotingUnit.HOUSEHOLD ? rules.householdBallot() : null,
                                opening.changeable(), opening.closesAt(), rules, electorate, quorum, binding,
                                opening.actor(), AT);
    }

    @Test
    void aVoteInTheMeetingTakesTheEligibleCheckedInAsItsRollAndTheMeetingsRules() {
        Hall.Opening opening = Hall.inMeeting();

        fixture.givenNoPriorActivity()
               .when(opening.command())
               .expectSuccessfulHandlerExecution()
               .expectEvents(opened(opening, YES_NO_ABSTAIN, MEETING_RULES,
                                    new Electorate(ElectorateType.ADULT_RESIDENTS, Set.of(), VERIFIED_RESIDENTS, 4),
                                    3, true))
               .expectNoScheduledDeadlines();
    }

    @Test
    void theRollIsThoseCheckedInWhenTheVoteOpens() {
        Hall.Sessions sessions = new Hall.Sessions().meeting(SessionStatus.OPEN, PARKING_ITEM, MEETING_RULES, LI,
                                                             WANG, MERCHANT);
        Hall.Opening opening = Hall.inMeeting();

        Hall.fixture(Hall.registers(), sessions)
            .givenNoPriorActivity()
            .when(opening.command())
            .expectEvents(opened(opening, YES_NO_ABSTAIN, MEETING_RULES,
                                 new Electorate(ElectorateType.ADULT_RESIDENTS, Set.of(),
                                                List.of(LI_VOTES, WANG_VOTES), 2),
                                 2, true));
    }

    @Test
    void aConsultationsVoteNeedsNoQuorumAndOnlyRecommends() {
        RuleSet deliberation = RuleSet.defaultFor(SessionKind.DELIBERATION_DAY);
        Hall.Sessions sessions = new Hall.Sessions().meeting(SessionStatus.OPEN, PARKING_ITEM, deliberation, LI,
                                                             WANG);
        Hall.Opening opening = Hall.inMeeting();

        Hall.fixture(Hall.registers(), sessions)
            .givenNoPriorActivity()
            .when(opening.command())
            .expectEvents(opened(opening, YES_NO_ABSTAIN, deliberation,
                                 new Electorate(ElectorateType.ADULT_RESIDENTS, Set.of(),
                                                List.of(LI_VOTES, WANG_VOTES), 2),
                                 0, false));
    }

    @Test
    void anOnlineVoteRunsUnderTheResidentsMeetingRulesInForceWithItsDeadline() {
        RuleSet changed = new RuleSet(SessionKind.RESIDENTS_MEETING, 2, ElectorateType.HOUSEHOLDS,
                                      new Fraction(2, 3), new Fraction(1, 2), HouseholdBallot.FIRST_BALLOT);
        Hall.Opening opening = Hall.online().electorate(null).unit(VotingUnit.HOUSEHOLD);
        List<Voter> households = VERIFIED_RESIDENTS;

        Hall.fixture(Hall.registers().rules(changed), new Hall.Sessions())
            .givenNoPriorActivity()
            .when(opening.command())
            .expectEvents(new MotionOpened(MOTION, JINYUAN, null, null, null, QUESTION, Method.YES_NO_ABSTAIN,
                                           YES_NO_ABSTAIN, PassingRule.moreThanHalfOfPresent(), null, Secrecy.NAMED,
                                           VotingUnit.HOUSEHOLD, HouseholdBallot.FIRST_BALLOT, true, CLOSES, changed,
                                           new Electorate(ElectorateType.HOUSEHOLDS, Set.of(), households, 3), 3,
                                           true, COMMITTEE, AT))
            .expectScheduledDeadline(CLOSES, new VoteCloses(MOTION, CLOSES));
    }

    @Test
    void stakeholderGroupsLetInVoteBesideTheResidents() {
        Hall.Opening opening = Hall.online().electorate(ElectorateType.ADULT_RESIDENTS, StakeholderGroup.MERCHANT);

        fixture.givenNoPriorActivity()
               .when(opening.command())
               .expectEvents(opened(opening, YES_NO_ABSTAIN, MEETING_RULES,
                                    new Electorate(ElectorateType.ADULT_RESIDENTS, Set.of(StakeholderGroup.MERCHANT),
                                                   List.of(LI_VOTES, new Voter(MERCHANT, null, false,
                                                                               StakeholderGroup.MERCHANT),
                                                           SUN_VOTES, WANG_VOTES, ZHANG_VOTES), 5),
                                    3, true));
    }

    @Test
    void aYesNoVoteWithoutItsOwnRuleTakesTheRuleSetsMajorityOfThosePresent() {
        Hall.Opening opening = Hall.online().passing(null).abstain(false);

        fixture.givenNoPriorActivity()
               .when(opening.command())
               .expectEvents(opened(opening.passing(PassingRule.moreThanHalfOfPresent()), YES_NO_ABSTAIN.subList(0, 2),
                                    MEETING_RULES,
                                    new Electorate(ElectorateType.ADULT_RESIDENTS, Set.of(), VERIFIED_RESIDENTS, 4),
                                    3, true));
    }

    @Test
    void aSingleChoiceVoteKeysItsOptionsInOrder() {
        Hall.Opening opening = Hall.online().singleChoice(TieRule.LOT, "摇号", "按登记先后", " 轮换 ");

        fixture.givenNoPriorActivity()
               .when(opening.command())
               .expectEvents(opened(opening, List.of(new MotionOption("1", "摇号", "摇号"),
                                                     new MotionOption("2", "按登记先后", "按登记先后"),
                                                     new MotionOption("3", "轮换", "轮换")),
                                    MEETING_RULES,
                                    new Electorate(ElectorateType.ADULT_RESIDENTS, Set.of(), VERIFIED_RESIDENTS, 4),
                                    3, true));
    }

    @Test
    void aSecretVoteGetsItsKeyBeforeItOpens() {
        KeysInMemory keys = new KeysInMemory();

        Hall.fixture(Hall.registers(), new Hall.Sessions(), keys)
            .givenNoPriorActivity()
            .when(Hall.online().secret().command())
            .expectSuccessfulHandlerExecution();
        assertThat(keys.find(MOTION)).isPresent();
        assertThat(keys.created()).isEqualTo(1);
    }

    @Test
    void aNamedVoteNeedsNoKey() {
        KeysInMemory keys = new KeysInMemory();

        Hall.fixture(Hall.registers(), new Hall.Sessions(), keys)
            .givenNoPriorActivity()
            .when(Hall.online().command())
            .expectSuccessfulHandlerExecution();
        assertThat(keys.created()).isZero();
    }

    @Test
    void aResidentCannotOpenAVote() {
        fixture.givenNoPriorActivity()
               .when(Hall.online().actor(LI).command())
               .expectException(Unauthorized.class)
               .expectExceptionMessage("只有议事委员或社区管理员可以发起线上表决 / "
                                       + "Only a committee member or an administrator may open an online vote");
    }

    @Test
    void whoIsAskingIsCheckedBeforeWhatIsAsked() {
        fixture.givenNoPriorActivity()
               .when(Hall.online().actor(Hall.OUTSIDER).question(" ").command())
               .expectException(Unauthorized.class);
    }

    @Test
    void thePartySecretaryDoesNotOpenVotes() {
        fixture.givenNoPriorActivity()
               .when(Hall.inMeeting().actor(SECRETARY).command())
               .expectException(Unauthorized.class);
    }

    @Test
    void theMeetingsModeratorCommitteeAndAdministratorMayOpenAVoteInIt() {
        fixture.givenNoPriorActivity().when(Hall.inMeeting().actor(COMMITTEE).command())
               .expectSuccessfulHandlerExecution();
        Hall.fixture().givenNoPriorActivity().when(Hall.inMeeting().actor(ADMIN).command())
            .expectSuccessfulHandlerExecution();
    }

    @Test
    void aVoteInAMeetingNeedsAnItemRunning() {
        Hall.Sessions noItem = new Hall.Sessions().meeting(SessionStatus.OPEN, null, MEETING_RULES, LI);

        Hall.fixture(Hall.registers(), noItem)
            .givenNoPriorActivity()
            .when(Hall.inMeeting().item(null).command())
            .expectException(Rejection.class)
            .expectExceptionMessage("当前没有进行中的议程项，无法表决 / No item is running to vote on");
    }

    @Test
    void aVoteIsTakenOnTheItemThatIsRunning() {
        fixture.givenNoPriorActivity()
               .when(Hall.inMeeting().item(OTHER_ITEM).command())
               .expectException(Rejection.class)
               .expectExceptionMessage("只能就进行中的议程项表决 / A vote is taken on the item that is running");
    }

    @Test
    void aMeetingNotInSessionTakesNoVote() {
        Hall.Sessions adjourned = new Hall.Sessions().meeting(SessionStatus.ADJOURNED, PARKING_ITEM, MEETING_RULES,
                                                              LI);

        Hall.fixture(Hall.registers(), adjourned)
            .givenNoPriorActivity()
            .when(Hall.inMeeting().command())
            .expectException(Rejection.class)
            .expectExceptionMessage("会议不在进行中 / The session is not in session");
    }

    @Test
    void anUnknownSessionIsRefused() {
        fixture.givenNoPriorActivity()
               .when(Hall.inMeeting().session(new org.yishi.command.api.session.SessionId("nowhere")).command())
               .expectException(Rejection.class)
               .expectExceptionMessage("本社区没有这次会议 / There is no such session in this community");
    }

    @Test
    void anOnlineVoteNeedsADeadlineInTheFuture() {
        fixture.givenNoPriorActivity()
               .when(Hall.online().closesAt(null).command())
               .expectExceptionMessage("线上表决须设定截止时间 / An online vote needs a deadline");
        Hall.fixture().givenNoPriorActivity()
            .when(Hall.online().closesAt(AT.minusSeconds(1)).command())
            .expectExceptionMessage("截止时间须晚于现在 / The deadline must be later than now");
    }

    @Test
    void aQuestionIsRequiredAndShort() {
        fixture.givenNoPriorActivity()
               .when(Hall.online().question(" ").command())
               .expectExceptionMessage("表决事项不能为空 / The question is required");
        Hall.fixture().givenNoPriorActivity()
            .when(Hall.online().question("问".repeat(201)).command())
            .expectExceptionMessage("表决事项不能超过200个字 / The question has at most 200 characters");
    }

    @Test
    void aSingleChoiceVoteHasTwoToTwentyDistinctOptions() {
        String[] many = new String[21];
        for (int option = 0; option < many.length; option++) {
            many[option] = "方案" + option;
        }
        fixture.givenNoPriorActivity()
               .when(Hall.online().singleChoice(TieRule.NO_CHOICE, "摇号").command())
               .expectExceptionMessage("多选一表决须有2至20个选项 / A single-choice vote has 2 to 20 options");
        Hall.fixture().givenNoPriorActivity()
            .when(Hall.online().singleChoice(TieRule.NO_CHOICE, many).command())
            .expectExceptionMessage("多选一表决须有2至20个选项 / A single-choice vote has 2 to 20 options");
        Hall.fixture().givenNoPriorActivity()
            .when(Hall.online().singleChoice(TieRule.NO_CHOICE, "摇号", "摇号 ").command())
            .expectExceptionMessage("选项不能重复：摇号 / The options must differ: 摇号");
        Hall.fixture().givenNoPriorActivity()
            .when(Hall.online().singleChoice(null, "摇号", "轮换").command())
            .expectExceptionMessage("平票规则不能为空 / The tie rule is required");
    }

    @Test
    void aPassingShareOutsideNothingAndAllIsRefused() {
        fixture.givenNoPriorActivity()
               .when(Hall.online().passing(new PassingRule(new Fraction(3, 2), true, PassingBase.CAST)).command())
               .expectExceptionMessage("通过比例须大于0且小于1 / The passing share must be more than 0 and less than 1");
    }

    @Test
    void aVoteOfTheHouseholdsIsOneVotePerHousehold() {
        fixture.givenNoPriorActivity()
               .when(Hall.online().electorate(ElectorateType.HOUSEHOLDS).command())
               .expectExceptionMessage("以户为选民范围的表决须一户一票 / A vote of the households is one vote per household");
    }

    @Test
    void aVoteNobodyMayCastIsRefused() {
        Hall.Sessions onlyStaff = new Hall.Sessions().meeting(SessionStatus.OPEN, PARKING_ITEM, MEETING_RULES,
                                                              MODERATOR, MERCHANT);

        Hall.fixture(Hall.registers(), onlyStaff)
            .givenNoPriorActivity()
            .when(Hall.inMeeting().command())
            .expectExceptionMessage("没有人有资格参加这次表决 / Nobody may vote on this motion");
    }
}
