package org.yishi.command.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.decision.DecisionPublished;
import org.yishi.command.api.decision.PublishDecision;
import org.yishi.command.api.decision.Visibility;

import static org.yishi.command.decision.DecisionFixtures.DECISION;
import static org.yishi.command.decision.DecisionFixtures.QIAN;
import static org.yishi.command.decision.DecisionFixtures.WU;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.approved;
import static org.yishi.command.decision.DecisionFixtures.at;
import static org.yishi.command.decision.DecisionFixtures.published;
import static org.yishi.command.decision.DecisionFixtures.recorded;
import static org.yishi.command.decision.DecisionFixtures.returnedOnce;
import static org.yishi.command.decision.DecisionFixtures.underReview;

/** An approved decision is published by the committee, to the community or to everyone, and goes to the archive. */
class PublicationTest {

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void fixture() {
        fixture = DecisionFixtures.fixture();
    }

    @Test
    void aCommitteeMemberPublishesAnApprovedDecisionToEveryone() {
        fixture.given(approved())
               .when(new PublishDecision(DECISION, Visibility.PUBLIC, ZHOU, at(40)))
               .expectEvents(new DecisionPublished(DECISION, Visibility.PUBLIC, ZHOU, at(40)));
    }

    @Test
    void aCommitteeMemberPublishesAnApprovedDecisionToTheCommunityOnly() {
        fixture.given(approved())
               .when(new PublishDecision(DECISION, Visibility.COMMUNITY, ZHOU, at(40)))
               .expectEvents(new DecisionPublished(DECISION, Visibility.COMMUNITY, ZHOU, at(40)));
    }

    @Test
    void publishingSaysWhoMayReadTheDecision() {
        fixture.given(approved())
               .when(new PublishDecision(DECISION, null, ZHOU, at(40)))
               .expectException(Rejection.class)
               .expectExceptionMessage("公布范围不能为空 / Who may read it is required");
    }

    @Test
    void aDraftIsNotPublished() {
        fixture.given(recorded())
               .when(new PublishDecision(DECISION, Visibility.PUBLIC, ZHOU, at(40)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“草拟中”，不能公布 / "
                                       + "The decision is currently “draft” and cannot be published");
    }

    @Test
    void aDecisionUnderReviewIsNotPublishedBeforeItIsApproved() {
        fixture.given(underReview())
               .when(new PublishDecision(DECISION, Visibility.PUBLIC, ZHOU, at(40)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“待党委书记审核”，不能公布 / "
                                       + "The decision is currently “awaiting the party secretary's review” and cannot "
                                       + "be published");
    }

    @Test
    void aReturnedDecisionIsNotPublished() {
        fixture.given(returnedOnce())
               .when(new PublishDecision(DECISION, Visibility.PUBLIC, ZHOU, at(40)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“已退回修改”，不能公布 / "
                                       + "The decision is currently “returned to the committee” and cannot be published");
    }

    @Test
    void aPublishedDecisionIsNotPublishedAgain() {
        fixture.given(published())
               .when(new PublishDecision(DECISION, Visibility.COMMUNITY, ZHOU, at(45)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“已公布”，不能公布 / "
                                       + "The decision is currently “published” and cannot be published");
    }

    @Test
    void thePartySecretaryApprovesButDoesNotPublish() {
        fixture.given(approved())
               .when(new PublishDecision(DECISION, Visibility.PUBLIC, WU, at(40)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberOfAnotherCommunityCannotPublishTheDecision() {
        fixture.given(approved())
               .when(new PublishDecision(DECISION, Visibility.PUBLIC, QIAN, at(40)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
