package org.yishi.command.motion;

import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.TieRule;

import java.util.List;
import java.util.Map;

/**
 * One choice among several options: the option with the most votes is chosen. When several lead, a tie chooses
 * nothing under {@link TieRule#NO_CHOICE}; under {@link TieRule#LOT} the lot picks among the leading options, in the
 * order the motion lists them, by its remainder on their number, and is recorded. With no vote for any option
 * nothing is chosen.
 */
record PluralityRule(TieRule tieRule) {

    /** {@code leading} in the motion's order; {@code lot} is set only when a lot decided. */
    record Choice(ResultOutcome outcome, int votes, List<String> leading, String chosen, Long lot) {
    }

    /** {@code counts} in the order the motion lists its options. */
    Choice decide(Map<String, Integer> counts, long lot) {
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (most == 0) {
            return new Choice(ResultOutcome.NOT_PASSED, 0, List.of(), null, null);
        }
        List<String> leading = counts.entrySet().stream().filter(count -> count.getValue() == most)
                                     .map(Map.Entry::getKey).toList();
        if (leading.size() == 1) {
            return new Choice(ResultOutcome.PASSED, most, leading, leading.get(0), null);
        }
        if (tieRule == TieRule.NO_CHOICE) {
            return new Choice(ResultOutcome.TIED, most, leading, null, null);
        }
        return new Choice(ResultOutcome.PASSED, most, leading, leading.get(Math.floorMod(lot, leading.size())), lot);
    }
}
