package org.yishi.command.motion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TurnoutRuleTest {

    @Test
    void theVoteCountsOnceTheRequiredUnitsTookPart() {
        assertThat(new TurnoutRule(3).quorate(3)).isTrue();
        assertThat(new TurnoutRule(3).quorate(4)).isTrue();
    }

    @Test
    void oneShortOfTheRequiredUnitsIsNoQuorum() {
        assertThat(new TurnoutRule(3).quorate(2)).isFalse();
    }

    @Test
    void aVoteWithoutAQuorumAlwaysCounts() {
        assertThat(new TurnoutRule(0).quorate(0)).isTrue();
    }
}
