package org.yishi.command.motion;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.motion.BallotCast;
import org.yishi.command.api.motion.BallotOutcome;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.CastBallots;
import org.yishi.command.api.motion.MotionId;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MOTION;
import static org.yishi.command.motion.Hall.OUTSIDER;
import static org.yishi.command.motion.Hall.WANG;
import static org.yishi.command.motion.Hall.at;
import static org.yishi.command.motion.Hall.ballot;

/** Ballots that arrive together are decided one by one, as if each came alone, and stored as one commit. */
class BallotsArrivingTogetherTest {

    private final AggregateTestFixture<Motion> fixture = Hall.fixture();

    @Test
    void eachBallotOfABatchIsDecidedInOrderAndARefusalLeavesTheOthersStored() {
        fixture.givenCommands(Hall.online().changeable(false).command())
               .when(new CastBallots(MOTION, List.of(ballot(LI, "YES", 10), ballot(OUTSIDER, "YES", 10),
                                                     ballot(LI, "NO", 11), ballot(WANG, "NO", 11))))
               .expectEvents(new BallotCast(MOTION, LI, null, "YES", null, false, "li-hua-10", at(10)),
                             new BallotCast(MOTION, WANG, null, "NO", null, false, ballot(WANG, "NO", 11).requestId(),
                                            at(11)))
               .expectResultMessagePayloadMatching(equalTo(List.of(
                       BallotOutcome.STORED,
                       new BallotOutcome(true, true, "你不在本次表决的投票人名单中",
                                         "You are not on the roll of this vote"),
                       new BallotOutcome(true, false, "你已投票，本次表决不能改票",
                                         "You have voted already, and this vote does not allow changes"),
                       BallotOutcome.STORED)));
    }

    @Test
    void aRetryInsideABatchIsStoredOnce() {
        fixture.givenCommands(Hall.online().command())
               .when(new CastBallots(MOTION, List.of(ballot(LI, "YES", 10), ballot(LI, "YES", 10))))
               .expectEvents(new BallotCast(MOTION, LI, null, "YES", null, false, "li-hua-10", at(10)))
               .expectResultMessagePayloadMatching(equalTo(
                       List.of(BallotOutcome.STORED, BallotOutcome.STORED)));
    }

    @Test
    void aBallotForAnotherMotionCannotRideInABatch() {
        fixture.givenCommands(Hall.online().command())
               .when(new CastBallots(MOTION, List.of(ballot(LI, "YES", 10),
                                                     new CastBallot(
                                                             new MotionId("another"), "YES", null, "x", WANG,
                                                             at(10)))))
               .expectException(IllegalArgumentException.class)
               .expectNoEvents();
    }

    @Test
    void anOutcomeGivesBackTheRefusalItsVoterWouldHaveHad() {
        BallotOutcome outcome = new BallotOutcome(true, true, "不在名单中", "Not on the roll");

        assertThatThrownBy(() -> {
            throw outcome.refusal();
        }).isInstanceOf(Unauthorized.class).hasMessage("不在名单中 / Not on the roll");
        assertThat(new BallotOutcome(true, false, "规则", "A rule").refusal())
                .isNotInstanceOf(Unauthorized.class);
    }
}
