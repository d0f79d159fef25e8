package org.yishi.command.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.decision.ImplementationRated;
import org.yishi.command.api.decision.RateImplementation;

import static org.yishi.command.decision.DecisionFixtures.DECISION;
import static org.yishi.command.decision.DecisionFixtures.LI;
import static org.yishi.command.decision.DecisionFixtures.PROPERTY;
import static org.yishi.command.decision.DecisionFixtures.WANG;
import static org.yishi.command.decision.DecisionFixtures.ZHAO;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.approved;
import static org.yishi.command.decision.DecisionFixtures.at;
import static org.yishi.command.decision.DecisionFixtures.plus;
import static org.yishi.command.decision.DecisionFixtures.published;

/** 联合评单, the residents' half: each verified resident rates how a published decision was carried out, once. */
class RatingTest {

    private static final ImplementationRated FOUR_STARS = new ImplementationRated(DECISION, LI, 4, "晚上安静多了", false,
                                                                                   at(100));

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void fixture() {
        fixture = DecisionFixtures.fixture();
    }

    @Test
    void aVerifiedResidentRatesAPublishedDecision() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 4, " 晚上安静多了 ", LI, at(100)))
               .expectEvents(FOUR_STARS);
    }

    @Test
    void aRatingNeedsNoComment() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 5, "", LI, at(100)))
               .expectEvents(new ImplementationRated(DECISION, LI, 5, null, false, at(100)));
    }

    @Test
    void aNewRatingReplacesTheResidentsEarlierOne() {
        fixture.given(plus(published(), FOUR_STARS))
               .when(new RateImplementation(DECISION, 2, "最近又吵了", LI, at(200)))
               .expectEvents(new ImplementationRated(DECISION, LI, 2, "最近又吵了", true, at(200)));
    }

    @Test
    void aChangedCommentAloneIsANewRating() {
        fixture.given(plus(published(), FOUR_STARS))
               .when(new RateImplementation(DECISION, 4, null, LI, at(200)))
               .expectEvents(new ImplementationRated(DECISION, LI, 4, null, true, at(200)));
    }

    @Test
    void theSameRatingAgainChangesNothing() {
        fixture.given(plus(published(), FOUR_STARS))
               .when(new RateImplementation(DECISION, 4, "晚上安静多了 ", LI, at(200)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aRatingHasAtLeastOneStar() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 0, null, LI, at(100)))
               .expectException(Rejection.class)
               .expectExceptionMessage("评分须为1至5星 / A rating is 1 to 5 stars");
    }

    @Test
    void aRatingHasAtMostFiveStars() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 6, null, LI, at(100)))
               .expectException(Rejection.class)
               .expectExceptionMessage("评分须为1至5星 / A rating is 1 to 5 stars");
    }

    @Test
    void aCommentHasAtMostTwoHundredCharacters() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 3, "评".repeat(201), LI, at(100)))
               .expectException(Rejection.class)
               .expectExceptionMessage("评价不能超过200个字 / A comment has at most 200 characters");
    }

    @Test
    void anUnpublishedDecisionCannotBeRated() {
        fixture.given(approved())
               .when(new RateImplementation(DECISION, 4, null, LI, at(100)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“已审核通过”，不能评价 / "
                                       + "The decision is currently “approved” and cannot be rated");
    }

    @Test
    void aResidentNotYetVerifiedCannotRate() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 4, null, WANG, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aResidentOfAnotherCommunityCannotRate() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 4, null, ZHAO, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void theResponsiblePartysRepresentativeDoesNotRateItsOwnWork() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 5, null, PROPERTY, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberWhoIsNotAResidentHereCannotRate() {
        fixture.given(published())
               .when(new RateImplementation(DECISION, 5, null, ZHOU, at(100)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
