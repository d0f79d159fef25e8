package org.yishi.command.community;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.Fraction;
import org.yishi.command.api.community.PetitionThresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PetitionThresholdRuleTest {

    private static final Fraction ONE_FIFTH = new Fraction(1, 5);

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"0, 5", "-1, 5", "6, 5", "1, 0", "0, 0", "1, -3"})
    void aShareOfNobodyOrOfMoreThanEverybodyIsNoThreshold(int numerator, int denominator) {
        PetitionThresholds proposed =
                new PetitionThresholds(ONE_FIFTH, new Fraction(numerator, denominator), new Fraction(1, 3));

        assertThatThrownBy(() -> PetitionThresholdRule.check(proposed, PetitionThresholds.DEFAULT))
                .isInstanceOf(Rejection.class)
                .hasMessage("户的联名比例须大于零且不超过全部 / "
                            + "The share of households must be more than none and at most all");
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"1, 1", "1, 100", "2, 3", "99, 100"})
    void anyShareAboveNobodyUpToEverybodyIsAThreshold(int numerator, int denominator) {
        PetitionThresholds proposed =
                new PetitionThresholds(ONE_FIFTH, ONE_FIFTH, new Fraction(numerator, denominator));

        assertThatCode(() -> PetitionThresholdRule.check(proposed, PetitionThresholds.DEFAULT))
                .doesNotThrowAnyException();
    }

    @Test
    void allThreeThresholdsAreNeeded() {
        PetitionThresholds proposed = new PetitionThresholds(ONE_FIFTH, ONE_FIFTH, null);

        assertThatThrownBy(() -> PetitionThresholdRule.check(proposed, PetitionThresholds.DEFAULT))
                .hasMessage("居民小组的联名比例须大于零且不超过全部 / "
                            + "The share of residents' groups must be more than none and at most all");
    }

    @Test
    void theStatutoryDefaultsAreAFifthAFifthAndAThird() {
        assertThatCode(() -> PetitionThresholdRule.check(PetitionThresholds.DEFAULT, null)).doesNotThrowAnyException();
        assertThat(PetitionThresholds.DEFAULT)
                .isEqualTo(new PetitionThresholds(ONE_FIFTH, ONE_FIFTH, new Fraction(1, 3)));
    }
}
