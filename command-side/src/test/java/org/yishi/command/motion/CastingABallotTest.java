package org.yishi.command.motion;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.CastBallot;

import static org.yishi.command.motion.Hall.CLOSES;
import static org.yishi.command.motion.Hall.COMMITTEE;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MERCHANT;
import static org.yishi.command.motion.Hall.MOTION;
import static org.yishi.command.motion.Hall.NEWCOMER;
import static org.yishi.command.motion.Hall.OUTSIDER;
import static org.yishi.command.motion.Hall.at;
import static org.yishi.command.motion.Hall.ballot;

/** One person, one ballot: cast, changed where the vote allows it, retried safely, and refused once it closes. */
class CastingABallotTest {

    private final AggregateTestFixture<Motion> fixture = Hall.fixture();

    @Test
    void aVerifiedResidentCastsANamedBallot() {
        fixture.givenCommands(Hall.online().command())
               .when(ballot(LI, "YES", 10))
               .expectEvents(new BallotCast(MOTION, LI, null, "YES", null, false, "li-hua-10", at(10)));
    }

    @Test
    void aChangeReplacesTheEarlierBallot() {
        fixture.givenCommands(Hall.online().command(), ballot(LI, "YES", 10))
               .when(ballot(LI, "NO", 20))
               .expectEvents(new BallotCast(MOTION, LI, null, "NO", null, true, "li-hua-20", at(20)));
    }

    @Test
    void withdrawingIsAChangeToAbstain() {
        fixture.givenCommands(Hall.online().command(), ballot(LI, "YES", 10))
               .when(ballot(LI, "ABSTAIN", 20))
               .expectEvents(new BallotCast(MOTION, LI, null, "ABSTAIN", null, true, "li-hua-20", at(20)));
    }

    @Test
    void aSecondBallotIsRefusedWhereTheVoteAllowsNoChange() {
        fixture.givenCommands(Hall.online().changeable(false).command(), ballot(LI, "YES", 10))
               .when(ballot(LI, "NO", 20))
               .expectException(Rejection.class)
               .expectExceptionMessage("你已投票，本次表决不能改票 / "
                                       + "You have voted already, and this vote does not allow changes");
    }

    @Test
    void aRetryOfTheSameRequestIsAnsweredAsDoneAndCountedOnce() {
        fixture.givenCommands(Hall.online().changeable(false).command(), ballot(LI, "YES", 10))
               .when(new CastBallot(MOTION, "YES", null, "li-hua-10", LI, at(11)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void theSameBallotAgainChangesNothing() {
        fixture.givenCommands(Hall.online().command(), ballot(LI, "YES", 10))
               .when(ballot(LI, "YES", 20))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anOutsiderCannotVote() {
        fixture.givenCommands(Hall.online().command())
               .when(ballot(OUTSIDER, "YES", 10))
               .expectException(Unauthorized.class)
               .expectExceptionMessage("你不在本次表决的投票人名单中 / You are not on the roll of this vote");
    }

    @Test
    void anUnverifiedResidentIsNotOnTheRoll() {
        fixture.givenCommands(Hall.online().command())
               .when(ballot(NEWCOMER, "YES", 10))
               .expectException(Unauthorized.class);
    }

    @Test
    void aStakeholderWhoseGroupIsNotLetInOnlySpeaks() {
        fixture.givenCommands(Hall.online().command())
               .when(ballot(MERCHANT, "YES", 10))
               .expectException(Unauthorized.class);
    }

    @Test
    void aCommitteeMemberWhoIsNotAResidentDoesNotVote() {
        fixture.givenCommands(Hall.online().command())
               .when(ballot(COMMITTEE, "YES", 10))
               .expectException(Unauthorized.class);
    }

    @Test
    void anUnknownOptionIsRefused() {
        fixture.givenCommands(Hall.online().abstain(false).command())
               .when(ballot(LI, "ABSTAIN", 10))
               .expectException(Rejection.class)
               .expectExceptionMessage("本次表决没有这个选项 / This vote has no such option");
    }

    @Test
    void aBallotWithoutAnOptionIsRefused() {
        fixture.givenCommands(Hall.online().command())
               .when(ballot(LI, " ", 10))
               .expectExceptionMessage("选项不能为空 / An option is required");
    }

    @Test
    void everyBallotIsRefusedOnceTheVoteIsClosed() {
        fixture.givenCommands(Hall.online().command(), Hall.closedBy(COMMITTEE, 100))
               .when(ballot(LI, "YES", 110))
               .expectException(Rejection.class)
               .expectExceptionMessage("表决已结束 / The vote is closed");
    }

    @Test
    void aBallotAfterTheDeadlineIsRefusedEvenBeforeTheCount() {
        fixture.givenCommands(Hall.online().command())
               .when(new CastBallot(MOTION, "YES", null, "late", LI, CLOSES.plusSeconds(1)))
               .expectExceptionMessage("表决已结束 / The vote is closed");
    }
}
