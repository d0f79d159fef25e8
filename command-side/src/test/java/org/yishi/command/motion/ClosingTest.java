package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.TieRule;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.motion.Hall.ADMIN;
import static org.yishi.command.motion.Hall.AT;
import static org.yishi.command.motion.Hall.CLOSES;
import static org.yishi.command.motion.Hall.COMMITTEE;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MEETING_RULES;
import static org.yishi.command.motion.Hall.MODERATOR;
import static org.yishi.command.motion.Hall.MOTION;
import static org.yishi.command.motion.Hall.SECRETARY;
import static org.yishi.command.motion.Hall.SUN;
import static org.yishi.command.motion.Hall.WANG;
import static org.yishi.command.motion.Hall.ZHANG;
import static org.yishi.command.motion.Hall.at;
import static org.yishi.command.motion.Hall.ballot;
import static org.yishi.command.motion.Hall.closedBy;

/** Who closes a vote, and the deadline that closes it when nobody does. */
class ClosingTest {

    private static final Duration THREE_DAYS = Duration.between(AT, CLOSES);
    private static final VoteCloses DEADLINE = new VoteCloses(MOTION, CLOSES);

    private static MotionClosed passedAtTheDeadline() {
        return new MotionClosed(MOTION, ResultOutcome.PASSED, "YES",
                                new Tally(Map.of("YES", 2, "NO", 1, "ABSTAIN", 0), 3, 4, List.of()),
                                new Computation(3, 3, true, 2, 3, new Fraction(1, 2), false, PassingBase.PRESENT,
                                                List.of(), "YES", null),
                                MEETING_RULES, ClosedBy.DEADLINE, null, CLOSES);
    }

    @Test
    void theMeetingsModeratorClosesItsVote() {
        Hall.fixture()
            .givenCommands(Hall.inMeeting().command())
            .when(closedBy(MODERATOR, 60))
            .expectSuccessfulHandlerExecution();
    }

    @Test
    void thePartySecretaryCannotCloseAVote() {
        Hall.fixture()
            .givenCommands(Hall.inMeeting().command())
            .when(closedBy(SECRETARY, 60))
            .expectException(Unauthorized.class)
            .expectExceptionMessage("只有本次会议的主持人、议事委员或社区管理员可以结束表决 / "
                                    + "Only this session's moderator, a committee member or an administrator may close the vote");
        Hall.fixture()
            .givenCommands(Hall.online().command())
            .when(closedBy(SECRETARY, 60))
            .expectException(Unauthorized.class)
            .expectExceptionMessage("只有议事委员或社区管理员可以结束线上表决 / "
                                    + "Only a committee member or an administrator may close an online vote");
    }

    @Test
    void aResidentCannotCloseAnOnlineVote() {
        Hall.fixture()
            .givenCommands(Hall.online().command())
            .when(closedBy(LI, 60))
            .expectException(Unauthorized.class);
    }

    @Test
    void anAdministratorMayCloseAnOnlineVote() {
        Hall.fixture()
            .givenCommands(Hall.online().command())
            .when(closedBy(ADMIN, 60))
            .expectSuccessfulHandlerExecution();
    }

    @Test
    void aVoteClosesOnce() {
        Hall.fixture()
            .givenCommands(Hall.online().command(), closedBy(COMMITTEE, 60))
            .when(closedBy(COMMITTEE, 61))
            .expectException(Rejection.class)
            .expectExceptionMessage("表决已结束 / The vote is closed");
    }

    @Test
    void anOnlineVoteClosesAtItsDeadline() {
        Hall.fixture()
            .givenCurrentTime(AT)
            .andGivenCommands(Hall.online().command(), ballot(LI, "YES", 10), ballot(WANG, "YES", 11),
                              ballot(ZHANG, "NO", 12))
            .whenTimeElapses(THREE_DAYS)
            .expectDeadlinesMet(DEADLINE)
            .expectEvents(passedAtTheDeadline());
    }

    @Test
    void theVoteStaysOpenUntilItsDeadline() {
        Hall.fixture()
            .givenCurrentTime(AT)
            .andGivenCommands(Hall.online().command())
            .whenThenTimeElapses(THREE_DAYS.minusSeconds(1))
            .expectNoEvents()
            .expectScheduledDeadline(CLOSES, DEADLINE);
    }

    @Test
    void closingEarlyCancelsTheDeadline() {
        Hall.fixture()
            .givenCurrentTime(AT)
            .andGivenCommands(Hall.online().command())
            .when(closedBy(COMMITTEE, 60))
            .expectNoScheduledDeadlines();
    }

    @Test
    void aDeadlineThatRunsAfterTheVoteWasClosedChangesNothing() {
        Hall.fixture()
            .givenCurrentTime(AT)
            .andGivenCommands(Hall.online().command())
            // closed in events the deadline never heard of, as on another node
            .andGiven(new MotionClosed(MOTION, ResultOutcome.NO_QUORUM, null,
                                       new Tally(Map.of("YES", 0, "NO", 0, "ABSTAIN", 0), 0, 4, List.of()),
                                       new Computation(0, 3, false, 0, 0, new Fraction(1, 2), false,
                                                       PassingBase.PRESENT, List.of(), null, null),
                                       MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)))
            .whenThenTimeElapses(THREE_DAYS)
            .expectDeadlinesMet(DEADLINE)
            .expectNoEvents();
    }

    @Test
    void aTieAtTheDeadlineIsSettledByALotDrawnFromTheMotionItsCloseAndItsCounts() {
        long lot = DeadlineLot.of(MOTION, CLOSES, Map.of("1", 2, "2", 2));
        String chosen = List.of("1", "2").get(Math.floorMod(lot, 2));

        Hall.fixture()
            .givenCurrentTime(AT)
            .andGivenCommands(Hall.online().singleChoice(TieRule.LOT, "摇号", "轮换").command(),
                              ballot(LI, "1", 10), ballot(WANG, "2", 11), ballot(ZHANG, "1", 12),
                              ballot(SUN, "2", 13))
            .whenTimeElapses(THREE_DAYS)
            .expectEvents(new MotionClosed(MOTION, ResultOutcome.PASSED, chosen,
                                           new Tally(Map.of("1", 2, "2", 2), 4, 4, List.of()),
                                           new Computation(4, 3, true, 2, 0, null, false, null, List.of("1", "2"),
                                                           chosen, lot),
                                           MEETING_RULES, ClosedBy.DEADLINE, null, CLOSES));
    }

    @Test
    void theDeadlinesLotDependsOnTheCounts() {
        assertThat(DeadlineLot.of(MOTION, CLOSES, Map.of("1", 2, "2", 2)))
                .isEqualTo(DeadlineLot.of(MOTION, CLOSES, new java.util.TreeMap<>(Map.of("2", 2, "1", 2))))
                .isNotEqualTo(DeadlineLot.of(MOTION, CLOSES, Map.of("1", 3, "2", 3)));
    }
}
