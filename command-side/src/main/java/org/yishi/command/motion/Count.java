package org.yishi.command.motion;

import org.yishi.command.api.motion.Computation;
import org.yishi.command.api.motion.Method;
import org.yishi.command.api.motion.MotionOption;
import org.yishi.command.api.motion.PassingRule;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.Tally;
import org.yishi.command.api.motion.TieRule;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The count of one motion, fixed when it opens: its method and options, the rules that decide it, the units on its
 * roll, and whether it is held in a session (where "those present" is the roll, checked in when the vote opened) or
 * online (where it is those who took part). Each counted ballot is one unit's latest ballot.
 */
record Count(Method method, List<MotionOption> options, PassingRule passing, TieRule tieRule, int quorumRequired,
             int eligible, boolean inSession) {

    /** What the count found, as {@link org.yishi.command.api.motion.MotionClosed} records it. */
    record Result(ResultOutcome outcome, String chosen, Tally tally, Computation computation) {
    }

    Result of(Collection<BallotContent> ballots, long lot) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        options.forEach(option -> counts.put(option.key(), 0));
        ballots.forEach(ballot -> counts.merge(ballot.option(), 1, Integer::sum));
        List<String> objections = ballots.stream().map(BallotContent::reason).filter(Objects::nonNull).sorted()
                                         .toList();
        int tookPart = ballots.size();
        Tally tally = new Tally(counts, tookPart, eligible, objections);
        boolean quorate = new TurnoutRule(quorumRequired).quorate(tookPart);
        return switch (method) {
            case YES_NO_ABSTAIN -> yesNo(tally, quorate);
            case SINGLE_CHOICE -> singleChoice(tally, quorate, lot);
            case CONSENT -> consent(tally, quorate);
        };
    }

    private Result yesNo(Tally tally, boolean quorate) {
        int present = inSession ? eligible : tally.ballots();
        YesNoRule.Decision decision = new YesNoRule(passing).decide(count(tally, MotionOption.YES),
                                                                    count(tally, MotionOption.NO), present);
        ResultOutcome outcome = !quorate ? ResultOutcome.NO_QUORUM
                                         : decision.passed() ? ResultOutcome.PASSED : ResultOutcome.NOT_PASSED;
        String chosen = outcome == ResultOutcome.PASSED ? MotionOption.YES : null;
        return new Result(outcome, chosen, tally,
                          new Computation(tally.ballots(), quorumRequired, quorate, decision.votesFor(),
                                          decision.base(), passing.share(), passing.atLeast(), passing.base(),
                                          List.of(), chosen, null));
    }

    private Result singleChoice(Tally tally, boolean quorate, long lot) {
        PluralityRule.Choice choice = new PluralityRule(tieRule).decide(tally.counts(), lot);
        ResultOutcome outcome = quorate ? choice.outcome() : ResultOutcome.NO_QUORUM;
        String chosen = quorate ? choice.chosen() : null;
        return new Result(outcome, chosen, tally,
                          new Computation(tally.ballots(), quorumRequired, quorate, choice.votes(), 0, null, false,
                                          null, choice.leading(), chosen, quorate ? choice.lot() : null));
    }

    private Result consent(Tally tally, boolean quorate) {
        int objections = count(tally, MotionOption.OBJECT);
        ResultOutcome outcome = !quorate ? ResultOutcome.NO_QUORUM
                                         : ConsentRule.passes(objections) ? ResultOutcome.PASSED
                                                                          : ResultOutcome.NOT_PASSED;
        String chosen = outcome == ResultOutcome.PASSED ? MotionOption.CONSENT : null;
        return new Result(outcome, chosen, tally,
                          new Computation(tally.ballots(), quorumRequired, quorate, objections, 0, null, false, null,
                                          List.of(), chosen, null));
    }

    private static int count(Tally tally, String option) {
        return tally.counts().getOrDefault(option, 0);
    }
}
