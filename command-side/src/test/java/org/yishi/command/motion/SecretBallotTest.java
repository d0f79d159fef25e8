package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.BallotsUnsealed;
import org.yishi.command.api.motion.CastBallot;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.VoteRecorded;

import java.util.List;
import java.util.Map;

import static org.yishi.command.motion.Hall.COMMITTEE;
import static org.yishi.command.motion.Hall.LI;
import static org.yishi.command.motion.Hall.MEETING_RULES;
import static org.yishi.command.motion.Hall.MOTION;
import static org.yishi.command.motion.Hall.SUN;
import static org.yishi.command.motion.Hall.WANG;
import static org.yishi.command.motion.Hall.ZHANG;
import static org.yishi.command.motion.Hall.at;
import static org.yishi.command.motion.Hall.ballot;
import static org.yishi.command.motion.Hall.closedBy;
import static org.yishi.command.motion.Hall.objection;

/**
 * A secret ballot in a double envelope: the outer one names who took part, the inner one is sealed, and only the
 * count opens the latest envelope of each voter, recording the contents apart from any voter and in a fixed order.
 */
class SecretBallotTest {

    @Test
    void aSecretBallotRecordsWhoTookPartWithTheSealedEnvelope() {
        Hall.fixture()
            .givenCommands(Hall.online().secret().command())
            .when(ballot(LI, "NO", 10))
            .expectEvents(new VoteRecorded(MOTION, LI, null, PlainSeal.sealed(MOTION, "NO", null), false, "li-hua-10",
                                           at(10)));
    }

    @Test
    void aChangedSecretBallotSupersedesTheEarlierEnvelope() {
        Hall.fixture()
            .givenCommands(Hall.online().secret().command(), ballot(LI, "NO", 10))
            .when(ballot(LI, "YES", 20))
            .expectEvents(new VoteRecorded(MOTION, LI, null, PlainSeal.sealed(MOTION, "YES", null), true,
                                           "li-hua-20", at(20)));
    }

    @Test
    void theSameSecretBallotAgainChangesNothing() {
        Hall.fixture()
            .givenCommands(Hall.online().secret().command(), ballot(LI, "NO", 10))
            .when(ballot(LI, "NO", 20))
            .expectSuccessfulHandlerExecution()
            .expectNoEvents();
    }

    @Test
    void aSecondSecretBallotIsRefusedWhereNoChangeIsAllowed() {
        Hall.fixture()
            .givenCommands(Hall.online().secret().changeable(false).command(), ballot(LI, "NO", 10))
            .when(ballot(LI, "YES", 20))
            .expectException(Rejection.class);
    }

    @Test
    void theCountOpensEachVotersLatestEnvelopeAndListsThemSortedBeforeTheResult() {
        Hall.fixture()
            .givenCommands(Hall.online().secret().command(), ballot(ZHANG, "YES", 10), ballot(LI, "NO", 11),
                           ballot(WANG, "YES", 12), ballot(SUN, "ABSTAIN", 13), ballot(LI, "YES", 14))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new BallotsUnsealed(MOTION, List.of("ABSTAIN", "YES", "YES", "YES"), List.of(), at(60)),
                          new MotionClosed(MOTION, ResultOutcome.PASSED, "YES",
                                           new Tally(Map.of("YES", 3, "NO", 0, "ABSTAIN", 1), 4, 4, List.of()),
                                           new Computation(4, 3, true, 3, 4, new Fraction(1, 2), false,
                                                           PassingBase.PRESENT, List.of(), "YES", null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void theReasonsOfSecretObjectionsAreUnsealedSortedAndNameNobody() {
        Hall.fixture()
            .givenCommands(Hall.online().consent().secret().command(), objection(WANG, "太吵", 10),
                           ballot(LI, "CONSENT", 11), objection(ZHANG, "停车难", 12))
            .when(closedBy(COMMITTEE, 60))
            .expectEvents(new BallotsUnsealed(MOTION, List.of("CONSENT", "OBJECT", "OBJECT"), List.of("停车难", "太吵"),
                                              at(60)),
                          new MotionClosed(MOTION, ResultOutcome.NOT_PASSED, null,
                                           new Tally(Map.of("CONSENT", 1, "OBJECT", 2), 3, 4, List.of("停车难", "太吵")),
                                           new Computation(3, 3, true, 2, 0, null, false, null, List.of(), null,
                                                           null),
                                           MEETING_RULES, ClosedBy.MODERATOR, COMMITTEE, at(60)));
    }

    @Test
    void aRetryOfASecretBallotIsCountedOnce() {
        Hall.fixture()
            .givenCommands(Hall.online().secret().command(), ballot(LI, "NO", 10))
            .when(new CastBallot(MOTION, "YES", null, "li-hua-10", LI, at(11)))
            .expectNoEvents();
    }
}
