package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.motion.ResultOutcome;
import org.yishi.command.api.motion.TieRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PluralityRuleTest {

    private static Map<String, Integer> counts(int... votes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int option = 0; option < votes.length; option++) {
            counts.put(String.valueOf(option + 1), votes[option]);
        }
        return counts;
    }

    @Test
    void theOptionWithTheMostVotesIsChosen() {
        assertThat(new PluralityRule(TieRule.NO_CHOICE).decide(counts(2, 5, 1), 0))
                .isEqualTo(new PluralityRule.Choice(ResultOutcome.PASSED, 5, List.of("2"), "2", null));
    }

    @Test
    void aTieChoosesNothingUnderTheNoChoiceRule() {
        assertThat(new PluralityRule(TieRule.NO_CHOICE).decide(counts(3, 1, 3), 7))
                .isEqualTo(new PluralityRule.Choice(ResultOutcome.TIED, 3, List.of("1", "3"), null, null));
    }

    @Test
    void theLotPicksAmongTheTiedOptionsByItsRemainderAndIsRecorded() {
        PluralityRule byLot = new PluralityRule(TieRule.LOT);

        assertThat(byLot.decide(counts(3, 1, 3), 7))
                .isEqualTo(new PluralityRule.Choice(ResultOutcome.PASSED, 3, List.of("1", "3"), "3", 7L));
        assertThat(byLot.decide(counts(3, 1, 3), 8).chosen()).isEqualTo("1");
        assertThat(byLot.decide(counts(3, 1, 3), -1).chosen()).isEqualTo("3");
    }

    @Test
    void theLotIsNotUsedWithoutATie() {
        assertThat(new PluralityRule(TieRule.LOT).decide(counts(1, 4), 99).lot()).isNull();
    }

    @Test
    void noVotesForAnyOptionChooseNothing() {
        assertThat(new PluralityRule(TieRule.LOT).decide(counts(0, 0, 0), 5))
                .isEqualTo(new PluralityRule.Choice(ResultOutcome.NOT_PASSED, 0, List.of(), null, null));
    }
}
