package org.yishi.command.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.community.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingRuleTest {

    private static final PersonId LI = new PersonId("li");
    private static final PersonId WANG = new PersonId("wang");

    private final RatingRule ratings = new RatingRule();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aFirstRatingOfOneToFiveStarsReplacesNothing(int stars) {
        assertThat(ratings.rate(LI, stars, null)).contains(new RatingRule.Verdict(new RatingRule.Rating(stars, null),
                                                                                  false));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6, 10})
    void starsOutsideOneToFiveAreRefused(int stars) {
        assertThatThrownBy(() -> ratings.rate(LI, stars, null)).isInstanceOf(Rejection.class)
                                                               .hasMessage("评分须为1至5星 / A rating is 1 to 5 stars");
    }

    @Test
    void aCommentIsTrimmedAndCountedInCharactersAsReadersSeeThem() {
        assertThat(ratings.rate(LI, 3, " " + "👍".repeat(200) + " ")).map(verdict -> verdict.rating().comment())
                                                                     .contains("👍".repeat(200));
        assertThatThrownBy(() -> ratings.rate(LI, 3, "👍".repeat(201))).isInstanceOf(Rejection.class);
    }

    @Test
    void theSameRatingAgainIsNothingNew() {
        ratings.rated(LI, 4, "好");
        assertThat(ratings.rate(LI, 4, " 好 ")).isEmpty();
    }

    @Test
    void aChangedRatingReplacesTheEarlierOne() {
        ratings.rated(LI, 4, "好");
        assertThat(ratings.rate(LI, 4, null)).contains(new RatingRule.Verdict(new RatingRule.Rating(4, null), true));
        assertThat(ratings.rate(LI, 1, "好")).contains(new RatingRule.Verdict(new RatingRule.Rating(1, "好"), true));
    }

    @Test
    void eachPersonHasARatingOfTheirOwn() {
        ratings.rated(LI, 4, null);
        assertThat(ratings.rate(WANG, 4, null)).contains(new RatingRule.Verdict(new RatingRule.Rating(4, null),
                                                                                false));
    }
}
