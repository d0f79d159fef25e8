package org.yishi.command.decision;

import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Electorate;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionKind;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.yishi.command.decision.DecisionFixtures.ITEM;
import static org.yishi.command.decision.DecisionFixtures.JINYUAN;
import static org.yishi.command.decision.DecisionFixtures.MOTION;
import static org.yishi.command.decision.DecisionFixtures.PROPOSAL;
import static org.yishi.command.decision.DecisionFixtures.SESSION;
import static org.yishi.command.decision.DecisionFixtures.TITLE;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.at;

/** The events of a motion as the motion aggregate records them: the square's opening hours put to the vote. */
final class SquareVote {

    static final RuleSet RULES = new RuleSet(SessionKind.RESIDENTS_MEETING, 3, ElectorateType.HOUSEHOLDS,
                                             new Fraction(1, 2), new Fraction(1, 2), HouseholdBallot.REPRESENTATIVE);
    static final List<MotionOption> YES_NO_ABSTAIN = List.of(new MotionOption(MotionOption.YES, "赞成", "yes"),
                                                             new MotionOption(MotionOption.NO, "反对", "no"),
                                                             new MotionOption(MotionOption.ABSTAIN, "弃权", "abstain"));
    static final List<MotionOption> PLANS = List.of(new MotionOption("1", "方案一：19点至21点", "Plan 1: 7 to 9 pm"),
                                                    new MotionOption("2", "方案二：18点至20点", "Plan 2: 6 to 8 pm"));
    static final List<MotionOption> CONSENT = List.of(new MotionOption(MotionOption.CONSENT, "同意", "consent"),
                                                      new MotionOption(MotionOption.OBJECT, "反对", "object"));
    static final Electorate ROLL = new Electorate(ElectorateType.HOUSEHOLDS, Set.of(), List.of(), 20);

    private SquareVote() {
    }

    static MotionOpened opened(Method method, List<MotionOption> options, PassingRule passing, int quorum) {
        return new MotionOpened(MOTION, JINYUAN, SESSION, ITEM, PROPOSAL, TITLE, method, options, passing,
                                TieRule.LOT, Secrecy.SECRET, VotingUnit.HOUSEHOLD, HouseholdBallot.REPRESENTATIVE,
                                true, null, RULES, ROLL, quorum, true, ZHOU, at(0));
    }

    static MotionOpened yesNo() {
        return opened(Method.YES_NO_ABSTAIN, YES_NO_ABSTAIN, PassingRule.moreThanHalfOfPresent(), 11);
    }

    static MotionClosed passed() {
        return closed(ResultOutcome.PASSED, MotionOption.YES, Map.of("YES", 12, "NO", 3, "ABSTAIN", 1), 16);
    }

    static MotionClosed closed(ResultOutcome outcome, String chosen, Map<String, Integer> counts, int ballots) {
        Computation computation = new Computation(ballots, 11, true, counts.getOrDefault("YES", 0), ballots,
                                                  new Fraction(1, 2), false, PassingBase.PRESENT, List.of(), chosen,
                                                  null);
        return new MotionClosed(MOTION, outcome, chosen, new Tally(counts, ballots, 20, List.of()), computation,
                                RULES, ClosedBy.MODERATOR, ZHOU, at(30));
    }
}
