package org.yishi.command.decision;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yishi.command.decision.DecisionFixtures.MOTION;
import static org.yishi.command.decision.DecisionFixtures.at;

/** The draft text states the count, the quorum and the rule applied, in Chinese and in English. */
class ResultStatementTest {

    @Test
    void aYesNoMotionStatesEachCountTheQuorumAndTheRuleSetVersion() {
        assertThat(ResultStatement.of(SquareVote.yesNo(), SquareVote.passed())).isEqualTo(
                "表决通过：赞成 12 票，反对 3 票，弃权 1 票；计票 16，应投 20；参加 16，法定人数 11。"
                + "通过规则：赞成票超过出席人数的1/2（规则版本 3）。\n"
                + "Passed: yes 12, no 3, abstain 1; 16 ballots of 20 eligible; 16 took part, quorum 11. "
                + "Rule applied: yes votes more than 1/2 of those present (rule set version 3).");
    }

    @Test
    void aTwoThirdsMotionStatesItsShareAsAtLeast() {
        String statement = ResultStatement.of(
                SquareVote.opened(Method.YES_NO_ABSTAIN, SquareVote.YES_NO_ABSTAIN, PassingRule.twoThirdsOfPresent(),
                                  0),
                SquareVote.passed());
        assertThat(statement).contains("赞成票不少于出席人数的2/3")
                             .contains("yes votes at least 2/3 of those present");
    }

    @Test
    void aSingleChoiceStatesTheChosenOptionAndALotThatSettledATie() {
        MotionClosed closed = new MotionClosed(
                MOTION, ResultOutcome.PASSED, "2", new Tally(Map.of("1", 7, "2", 7), 14, 20, List.of()),
                new Computation(14, 0, true, 0, 0, null, false, null, List.of("1", "2"), "2", 42L),
                SquareVote.RULES, ClosedBy.DEADLINE, null, at(60));

        String statement = ResultStatement.of(SquareVote.opened(Method.SINGLE_CHOICE, SquareVote.PLANS, null, 0),
                                              closed);

        assertThat(statement).isEqualTo(
                "表决通过：方案一：19点至21点 7 票，方案二：18点至20点 7 票；计票 14，应投 20。选定：方案二：18点至20点。"
                + "通过规则：得票最多的选项当选，平票抽签决定（规则版本 3）。\n"
                + "Passed: Plan 1: 7 to 9 pm 7, Plan 2: 6 to 8 pm 7; 14 ballots of 20 eligible. "
                + "Chosen: Plan 2: 6 to 8 pm. Rule applied: the option with the most votes is chosen, a tie settled "
                + "by lot (rule set version 3).");
    }

    @Test
    void aConsentMotionStatesThatNobodyObjected() {
        MotionClosed closed = new MotionClosed(
                MOTION, ResultOutcome.PASSED, MotionOption.CONSENT, new Tally(Map.of("CONSENT", 9), 9, 20, List.of()),
                new Computation(9, 0, true, 0, 0, null, false, null, List.of(), null, null), SquareVote.RULES,
                ClosedBy.MODERATOR, DecisionFixtures.ZHOU, at(60));

        String statement = ResultStatement.of(SquareVote.opened(Method.CONSENT, SquareVote.CONSENT, null, 0), closed);

        assertThat(statement).startsWith("表决通过：同意 9 票，反对 0 票；计票 9，应投 20。通过规则：无人反对即通过")
                             .contains("Passed: consent 9, object 0; 9 ballots of 20 eligible. "
                                       + "Rule applied: passes unless someone objects");
    }

    @Test
    void aConsultationsVoteSaysThatItOnlyRecommends() {
        MotionOpened binding = SquareVote.yesNo();
        MotionOpened consultation = new MotionOpened(
                MOTION, binding.communityId(), binding.sessionId(), binding.itemId(), binding.proposalId(),
                binding.question(), binding.method(), binding.options(), binding.passing(), binding.tieRule(),
                binding.secrecy(), binding.unit(), binding.householdBallot(), binding.changeable(), binding.closesAt(),
                binding.ruleSet(), binding.electorate(), binding.quorumRequired(), false, binding.openedBy(),
                binding.at());

        assertThat(ResultStatement.of(consultation, SquareVote.passed()))
                .contains("（规则版本 3）。本次为协商表决，结果作为建议。\n")
                .endsWith("(rule set version 3). A consultation's vote: the result is a recommendation.");
    }

    @Test
    void aMotionOnVotesCastSaysSo() {
        String statement = ResultStatement.of(
                SquareVote.opened(Method.YES_NO_ABSTAIN, SquareVote.YES_NO_ABSTAIN,
                                  new PassingRule(new Fraction(1, 2), false, PassingBase.CAST), 0),
                SquareVote.passed());
        assertThat(statement).contains("赞成票超过有效票数（赞成加反对）的1/2")
                             .contains("more than 1/2 of votes cast (yes and no)");
    }
}
