package org.yishi.query.motionrules;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;
import org.yishi.query.api.motions.Wording;
import org.yishi.query.motiontesting.Votes;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MotionWordingTest {

    static final MotionId MOTION = new MotionId("m");
    static final Instant T = Instant.parse("2026-05-09T02:00:00Z");

    private static MotionClosed closed(ResultOutcome outcome, String chosen, Computation computation) {
        return new MotionClosed(MOTION, outcome, chosen, new Tally(Map.of(), 0, 0, List.of()), computation,
                                Votes.RULES, ClosedBy.DEADLINE, null, T);
    }

    @Test
    void twoThirdsOfTheVotesCastReadsAsAtLeastTwoThirds() {
        Wording rule = MotionWording.passing(new PassingRule(new Fraction(2, 3), true, PassingBase.CAST));

        assertThat(rule.chinese()).isEqualTo("赞成票达到有效票数（赞成加反对）的三分之二即通过");
        assertThat(rule.english()).isEqualTo("passes when yes votes are at least two thirds of votes cast (yes and no)");
    }

    @Test
    void aSingleChoiceTieSettledByLotNamesTheLeadingOptionsTheLotAndTheChosenOne() {
        Computation computation = new Computation(6, 0, true, 3, 0, null, false, null, List.of("1", "2"), "2", 41L);

        Wording explanation = MotionWording.explanation(closed(ResultOutcome.PASSED, "2", computation),
                                                        Method.SINGLE_CHOICE, Votes.options(Method.SINGLE_CHOICE, 3));

        assertThat(explanation.chinese()).isEqualTo("得票最多：方案1、方案2，抽签（41）；当选：方案2：通过");
        assertThat(explanation.english()).isEqualTo("most votes: plan 1, plan 2, by lot (41); chosen: plan 2: passed");
    }

    @Test
    void aConsentMotionCountsItsObjections() {
        Computation computation = new Computation(9, 0, true, 2, 0, null, false, null, List.of(), null, null);

        Wording explanation = MotionWording.explanation(closed(ResultOutcome.NOT_PASSED, null, computation),
                                                        Method.CONSENT, Votes.options(Method.CONSENT, 0));

        assertThat(explanation.chinese()).isEqualTo("2 人反对：未通过");
        assertThat(explanation.english()).isEqualTo("2 objected: not passed");
    }

    @Test
    void aFailedQuorumSaysHowManyTookPartAndHowManyWereNeeded() {
        Computation computation = new Computation(4, 11, false, 3, 4, new Fraction(1, 2), false, PassingBase.PRESENT,
                                                  List.of(), null, null);

        Wording explanation = MotionWording.explanation(closed(ResultOutcome.NO_QUORUM, null, computation),
                                                        Method.YES_NO_ABSTAIN, Votes.options(Method.YES_NO_ABSTAIN, 0));

        assertThat(explanation.chinese()).isEqualTo("参加表决 4，未达到所需的 11：未达法定人数");
        assertThat(explanation.english()).isEqualTo("4 took part, fewer than the 11 required: quorum not reached");
    }
}
