package org.yishi.command.motion;

import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.motion.PassingBase;
import org.yishi.command.api.motion.PassingRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YesNoRuleTest {

    private static final YesNoRule HALF_OF_PRESENT = new YesNoRule(PassingRule.moreThanHalfOfPresent());
    private static final YesNoRule HALF_OF_CAST = new YesNoRule(PassingRule.moreThanHalfOfCast());
    private static final YesNoRule TWO_THIRDS = new YesNoRule(PassingRule.twoThirdsOfPresent());

    @Test
    void moreThanHalfOfThosePresentPassesWithOneVoteOverHalf() {
        assertThat(HALF_OF_PRESENT.decide(6, 0, 10)).isEqualTo(new YesNoRule.Decision(6, 10, true));
    }

    @Test
    void exactlyHalfOfThosePresentIsNotMoreThanHalf() {
        assertThat(HALF_OF_PRESENT.decide(5, 1, 10).passed()).isFalse();
    }

    @Test
    void abstentionsAndThoseWhoDidNotVoteCountAgainstAMajorityOfThosePresent() {
        assertThat(HALF_OF_PRESENT.decide(4, 1, 10).passed()).isFalse();
    }

    @Test
    void aMajorityOfVotesCastLeavesAbstentionsOut() {
        assertThat(HALF_OF_CAST.decide(4, 1, 10)).isEqualTo(new YesNoRule.Decision(4, 5, true));
    }

    @Test
    void aTieOfVotesCastDoesNotPass() {
        assertThat(HALF_OF_CAST.decide(3, 3, 10).passed()).isFalse();
    }

    @Test
    void atLeastTwoThirdsPassesOnTwoThirdsExactly() {
        assertThat(TWO_THIRDS.decide(6, 3, 9).passed()).isTrue();
        assertThat(TWO_THIRDS.decide(5, 4, 9).passed()).isFalse();
    }

    @Test
    void strictlyMoreThanTwoThirdsDoesNotPassOnTwoThirdsExactly() {
        YesNoRule moreThanTwoThirds = new YesNoRule(new PassingRule(new Fraction(2, 3), false, PassingBase.PRESENT));

        assertThat(moreThanTwoThirds.decide(6, 3, 9).passed()).isFalse();
        assertThat(moreThanTwoThirds.decide(7, 2, 9).passed()).isTrue();
    }

    @Test
    void nothingPassesOnAnEmptyBase() {
        assertThat(HALF_OF_CAST.decide(0, 0, 10).passed()).isFalse();
        assertThat(TWO_THIRDS.decide(0, 0, 0).passed()).isFalse();
    }

    @Test
    void aShareMustLieStrictlyBetweenNothingAndAll() {
        for (Fraction share : new Fraction[]{new Fraction(0, 2), new Fraction(1, 1), new Fraction(3, 2),
                                             new Fraction(1, 0), new Fraction(-1, 2)}) {
            assertThatThrownBy(() -> YesNoRule.check(new PassingRule(share, true, PassingBase.PRESENT)))
                    .isInstanceOf(Rejection.class)
                    .hasMessage("通过比例须大于0且小于1 / The passing share must be more than 0 and less than 1");
        }
    }

    @Test
    void aPassingRuleNeedsItsShareAndItsBase() {
        assertThatThrownBy(() -> YesNoRule.check(new PassingRule(new Fraction(1, 2), false, null)))
                .isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> YesNoRule.check(new PassingRule(null, false, PassingBase.CAST)))
                .isInstanceOf(Rejection.class);
        assertThat(YesNoRule.check(PassingRule.twoThirdsOfPresent())).isEqualTo(PassingRule.twoThirdsOfPresent());
    }
}
