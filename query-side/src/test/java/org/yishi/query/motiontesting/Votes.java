package org.yishi.query.motiontesting;

import org.yishi.command.api.community.CommunityId;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.PersonId;
import org.yishi.command.api.motion.ClosedBy;
import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Electorate;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionClosed;
import org.yishi.command.api.motion.MotionId;
import org.yishi.command.api.motion.MotionOpened;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Secrecy;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.TieRule;
import org.yishi.command.api.motion.Voter;
import org.yishi.command.api.motion.VotingUnit;
import org.yishi.command.api.proposal.ProposalId;
import org.yishi.command.api.session.AgendaItemId;
import org.yishi.command.api.session.ElectorateType;
import org.yishi.command.api.session.HouseholdBallot;
import org.yishi.command.api.session.RuleSet;
import org.yishi.command.api.session.SessionId;
import org.yishi.command.api.session.SessionKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Motions as their events, the way the Motion aggregate records them, for projection tests. */
public final class Votes {

    public static final CommunityId JINYUAN = new CommunityId("jinyuan");
    public static final PersonId MODERATOR = new PersonId("p-wang");
    public static final RuleSet RULES = new RuleSet(SessionKind.RESIDENTS_MEETING, 2, ElectorateType.ADULT_RESIDENTS,
                                                    new Fraction(1, 2), new Fraction(1, 2),
                                                    HouseholdBallot.REPRESENTATIVE);

    private Votes() {
    }

    /** How a motion is set up; the defaults are a named yes / no / abstain vote, one per person, changeable. */
    public record Setup(Method method, Secrecy secrecy, VotingUnit unit, HouseholdBallot householdBallot,
                        boolean changeable, int choices, int quorumRequired) {

        public static Setup named() {
            return new Setup(Method.YES_NO_ABSTAIN, Secrecy.NAMED, VotingUnit.PERSON, HouseholdBallot.REPRESENTATIVE,
                             true, 0, 0);
        }

        public Setup method(Method method, int choices) {
            return new Setup(method, secrecy, unit, householdBallot, changeable, choices, quorumRequired);
        }

        public Setup secret() {
            return new Setup(method, Secrecy.SECRET, unit, householdBallot, changeable, choices, quorumRequired);
        }

        public Setup perHousehold(HouseholdBallot rule) {
            return new Setup(method, secrecy, VotingUnit.HOUSEHOLD, rule, changeable, choices, quorumRequired);
        }

        public Setup unchangeable() {
            return new Setup(method, secrecy, unit, householdBallot, false, choices, quorumRequired);
        }

        public Setup quorum(int required) {
            return new Setup(method, secrecy, unit, householdBallot, changeable, choices, required);
        }
    }

    public static List<MotionOption> options(Method method, int choices) {
        return switch (method) {
            case YES_NO_ABSTAIN -> List.of(new MotionOption(MotionOption.YES, "赞成", "yes"),
                                           new MotionOption(MotionOption.NO, "反对", "no"),
                                           new MotionOption(MotionOption.ABSTAIN, "弃权", "abstain"));
            case CONSENT -> List.of(new MotionOption(MotionOption.CONSENT, "同意", "consent"),
                                    new MotionOption(MotionOption.OBJECT, "反对", "object"));
            case SINGLE_CHOICE -> {
                List<MotionOption> options = new ArrayList<>();
                for (int i = 1; i <= choices; i++) {
                    options.add(new MotionOption(Integer.toString(i), "方案" + i, "plan " + i));
                }
                yield options;
            }
        };
    }

    /** How many units the roll holds under the setup: persons, or households (a person without one on their own). */
    public static int units(Setup setup, List<Voter> voters) {
        if (setup.unit() == VotingUnit.PERSON) {
            return voters.size();
        }
        return (int) voters.stream().map(voter -> voter.household() == null ? "p:" + voter.person().value()
                                                                            : "h:" + voter.household().value())
                           .distinct().count();
    }

    public static MotionOpened opened(MotionId motion, SessionId session, AgendaItemId item, String question,
                                      Setup setup, List<Voter> voters, Instant closesAt, Instant at) {
        return new MotionOpened(motion, JINYUAN, session, item, new ProposalId("square"), question, setup.method(),
                                options(setup.method(), setup.choices()), PassingRule.moreThanHalfOfPresent(),
                                TieRule.NO_CHOICE, setup.secrecy(), setup.unit(),
                                setup.unit() == VotingUnit.HOUSEHOLD ? setup.householdBallot() : null,
                                setup.changeable(), closesAt, RULES,
                                new Electorate(ElectorateType.ADULT_RESIDENTS, Set.of(), voters, units(setup, voters)),
                                setup.quorumRequired(), true, MODERATOR, at);
    }

    /** A yes / no / abstain close, the way the motion computes it: more than half of those present. */
    public static MotionClosed closedYesNo(MotionId motion, Tally tally, int present, Instant at) {
        int yes = tally.counts().getOrDefault(MotionOption.YES, 0);
        boolean passed = yes * 2 > present;
        Computation computation = new Computation(tally.ballots(), 0, true, yes, present, new Fraction(1, 2), false,
                                                  PassingBase.PRESENT, List.of(), null, null);
        return new MotionClosed(motion, passed ? ResultOutcome.PASSED : ResultOutcome.NOT_PASSED,
                                passed ? MotionOption.YES : null, tally, computation, RULES, ClosedBy.MODERATOR,
                                MODERATOR, at);
    }

    /** Any close with the given tally; the computation is the simplest the method allows. */
    public static MotionClosed closed(MotionId motion, Method method, Tally tally, Instant at) {
        if (method == Method.YES_NO_ABSTAIN) {
            return closedYesNo(motion, tally, tally.eligible(), at);
        }
        int objections = tally.counts().getOrDefault(MotionOption.OBJECT, 0);
        Computation computation = new Computation(tally.ballots(), 0, true, objections, 0, null, false, null,
                                                  List.of(), null, null);
        ResultOutcome outcome = method == Method.CONSENT && objections == 0 ? ResultOutcome.PASSED
                                                                             : ResultOutcome.NOT_PASSED;
        return new MotionClosed(motion, outcome, outcome == ResultOutcome.PASSED ? MotionOption.CONSENT : null, tally,
                                computation, RULES, null, null, at);
    }

    public static Tally tally(Map<String, Integer> counts, int ballots, int eligible, List<String> objections) {
        return new Tally(counts, ballots, eligible, objections);
    }
}
