package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.CloseMotion;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.TieRule;

import java.util.List;
import java.util.Map;

import static org.yishi.command.motion.Hall.COMMITTEE;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MEETING_RULES;
import static org.yishi.command.motion.Hall.MODERATOR;
import static org.yishi.command.motion.Hall.MOTION;
import static org.yishi.command.motion.Hall.SUN;
import static org.yishi.command.motion.Hall.WANG;
import static org.yishi.command.motion.Hall.ZHANG;
import static org.yishi.command.motion.Hall.at;
import static org.yishi.command.motion.Hall.ballot;
import static org.yishi.command.motion.Hall.closedBy;
import static org.yishi.command.motion.Hall.objection;

/**
 * The result of each method, with the tally and the computation that reached it. Four verified residents are on
 * every roll here, so the residents' meeting rules ask three of them to take part.
 */
class MethodsTest {

    private static final Fraction HALF = new Fraction(1, 2);

    private static Map<String, Integer> yesNoAbstain(int yes, int no, int abstain) {
        return Map.of("YES", yes, "NO", no, "ABSTAIN", abstain);
    }

    @Test
    void inAMeetingMoreThanHalfOfThosePresentMustSayYesSoAnAbstentionWeighsAgainst() {
        Hall.fixture()
            .givenCommands(Hall.inMeeting().command(), ballot(LI, "YES", 10), ballot(WANG, "YES", 11),
                           ballot(ZHANG, "ABSTAIN", 12))
            .when(closedBy(MODERATOR, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.NOT_PASSED, null,
                                           new Tally(yesNoAbstain(2, 0, 1), 3, 4, List.of()),
                                           new Computation(3, 3, true, 2, 4, HALF, false, PassingBase.PRESENT,
                                                           List.of(), null, null),
                                           MEETING_RULES, ClosedBy.MODERATOR, MODERATOR, at(60)));
    }

    @Test
    void inAMeetingThreeYesOfFourPresentPass() {
        Hall.fixture()
            .givenCommands(Hall.inMeeting().command(), ballot(LI, "YES", 10), ballot(WANG, "YES", 11),
                           ballot(SUN, "YES", 12), ballot(ZHANG, "NO", 13))
            .when(closedBy(MODERATOR, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.PASSED, "YES",
                                           new Tally(yesNoAbstain(3, 1, 0), 4, 4, List.of()),
                                           new Computation(4, 3, true, 3, 4, HALF, false, PassingBase.PRESENT,
                                                           List.of(), "YES", null),
                                           MEETING_RULES, ClosedBy.MODERATOR, MODERATOR, at(60)));
    }

    @Test
    void onlineThosePresentAreThoseWhoTookPart() {
        Hall.fixture()
            .givenCommands(Hall.online().command(), ballot(LI, "YES", 10), ballot(WANG, "YES", 11),
                           ballot(ZHANG, "ABSTAIN", 12))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.PASSED, "YES",
                                           new Tally(yesNoAbstain(2, 0, 1), 3, 4, List.of()),
                                           new Computation(3, 3, true, 2, 3, HALF, false, PassingBase.PRESENT,
                                                           List.of(), "YES", null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void aMajorityOfVotesCastCountsOnlyYesAndNo() {
        Hall.fixture()
            .givenCommands(Hall.inMeeting().passing(PassingRule.moreThanHalfOfCast()).command(),
                           ballot(LI, "YES", 10), ballot(WANG, "ABSTAIN", 11), ballot(ZHANG, "ABSTAIN", 12))
            .when(closedBy(MODERATOR, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.PASSED, "YES",
                                           new Tally(yesNoAbstain(1, 0, 2), 3, 4, List.of()),
                                           new Computation(3, 3, true, 1, 1, HALF, false, PassingBase.CAST,
                                                           List.of(), "YES", null),
                                           MEETING_RULES, ClosedBy.MODERATOR, MODERATOR, at(60)));
    }

    @Test
    void twoThirdsOfThosePresentNeedsThreeOfFour() {
        Hall.fixture()
            .givenCommands(Hall.inMeeting().passing(PassingRule.twoThirdsOfPresent()).command(),
                           ballot(LI, "YES", 10), ballot(WANG, "YES", 11), ballot(ZHANG, "NO", 12))
            .when(closedBy(MODERATOR, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.NOT_PASSED, null,
                                           new Tally(yesNoAbstain(2, 1, 0), 3, 4, List.of()),
                                           new Computation(3, 3, true, 2, 4, new Fraction(2, 3), true,
                                                           PassingBase.PRESENT, List.of(), null, null),
                                           MEETING_RULES, ClosedBy.MODERATOR, MODERATOR, at(60)));
    }

    @Test
    void tooFewTakingPartIsNoQuorumWhateverTheyVoted() {
        Hall.fixture()
            .givenCommands(Hall.online().command(), ballot(LI, "YES", 10), ballot(WANG, "YES", 11))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.NO_QUORUM, null,
                                           new Tally(yesNoAbstain(2, 0, 0), 2, 4, List.of()),
                                           new Computation(2, 3, false, 2, 2, HALF, false, PassingBase.PRESENT,
                                                           List.of(), null, null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void aChangedBallotCountsOnlyAsItsLatest() {
        Hall.fixture()
            .givenCommands(Hall.online().command(), ballot(LI, "YES", 10), ballot(WANG, "YES", 11),
                           ballot(ZHANG, "YES", 12), ballot(LI, "NO", 13), ballot(WANG, "ABSTAIN", 14))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.NOT_PASSED, null,
                                           new Tally(yesNoAbstain(1, 1, 1), 3, 4, List.of()),
                                           new Computation(3, 3, true, 1, 3, HALF, false, PassingBase.PRESENT,
                                                           List.of(), null, null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void theOptionWithTheMostVotesIsChosen() {
        Hall.fixture()
            .givenCommands(Hall.online().singleChoice(TieRule.NO_CHOICE, "摇号", "按登记先后", "轮换").command(),
                           ballot(LI, "1", 10), ballot(WANG, "2", 11), ballot(ZHANG, "2", 12))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.PASSED, "2",
                                           new Tally(Map.of("1", 1, "2", 2, "3", 0), 3, 4, List.of()),
                                           new Computation(3, 3, true, 2, 0, null, false, null, List.of("2"), "2",
                                                           null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void aTieIsAResultWhenItChoosesNothing() {
        Hall.fixture()
            .givenCommands(Hall.online().singleChoice(TieRule.NO_CHOICE, "摇号", "按登记先后", "轮换").command(),
                           ballot(LI, "1", 10), ballot(WANG, "2", 11), ballot(ZHANG, "3", 12))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.TIED, null,
                                           new Tally(Map.of("1", 1, "2", 1, "3", 1), 3, 4, List.of()),
                                           new Computation(3, 3, true, 1, 0, null, false, null,
                                                           List.of("1", "2", "3"), null, null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void aTieSettledByLotRecordsTheLot() {
        Hall.fixture()
            .givenCommands(Hall.online().singleChoice(TieRule.LOT, "摇号", "按登记先后", "轮换").command(),
                           ballot(LI, "1", 10), ballot(WANG, "3", 11), ballot(ZHANG, "2", 12), ballot(SUN, "3", 13),
                           ballot(ZHANG, "1", 14))
            .when(new CloseMotion(MOTION, 7, COMMITTEE, at(60)))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.PASSED, "3",
                                           new Tally(Map.of("1", 2, "2", 0, "3", 2), 4, 4, List.of()),
                                           new Computation(4, 3, true, 2, 0, null, false, null, List.of("1", "3"),
                                                           "3", 7L),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void consentPassesWhenNobodyObjects() {
        Hall.fixture()
            .givenCommands(Hall.online().consent().command(), ballot(LI, "CONSENT", 10),
                           ballot(WANG, "CONSENT", 11), ballot(ZHANG, "CONSENT", 12))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.PASSED, "CONSENT",
                                           new Tally(Map.of("CONSENT", 3, "OBJECT", 0), 3, 4, List.of()),
                                           new Computation(3, 3, true, 0, 0, null, false, null, List.of(), "CONSENT",
                                                           null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void oneObjectionStopsConsentAndTheReasonsAreShownInOrder() {
        Hall.fixture()
            .givenCommands(Hall.online().consent().command(), ballot(LI, "CONSENT", 10),
                           objection(WANG, "太吵", 11), objection(ZHANG, "停车难", 12))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.NOT_PASSED, null,
                                           new Tally(Map.of("CONSENT", 1, "OBJECT", 2), 3, 4, List.of("停车难", "太吵")),
                                           new Computation(3, 3, true, 2, 0, null, false, null, List.of(), null,
                                                           null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void anObjectionWithoutAReasonIsRefused() {
        Hall.fixture()
            .givenCommands(Hall.online().consent().command())
            .when(objection(WANG, "", 11))
            .expectExceptionMessage("提出异议须说明理由 / An objection must give a reason");
    }
}
