package org.yishi.command.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.decision.DecisionId;
import org.yishi.command.api.decision.DecisionRecorded;
import org.yishi.command.api.decision.DecisionSource;
import org.yishi.command.api.decision.RecordDecision;

import static org.yishi.command.decision.DecisionFixtures.AT;
import static org.yishi.command.decision.DecisionFixtures.DECISION;
import static org.yishi.command.decision.DecisionFixtures.ITEM;
import static org.yishi.command.decision.DecisionFixtures.JINYUAN;
import static org.yishi.command.decision.DecisionFixtures.MOTION;
import static org.yishi.command.decision.DecisionFixtures.PROPOSAL;
import static org.yishi.command.decision.DecisionFixtures.RESULT;
import static org.yishi.command.decision.DecisionFixtures.SESSION;
import static org.yishi.command.decision.DecisionFixtures.TITLE;
import static org.yishi.command.decision.DecisionFixtures.WU;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.at;
import static org.yishi.command.decision.DecisionFixtures.recorded;

/** A decision is recorded once from its source, as a draft, with the links that show where it came from. */
class RecordingADecisionTest {

    private static final DecisionId FROM_ITEM = DecisionId.ofItem(SESSION, ITEM);
    private static final String RECOMMENDATION = "建议成立广场治理监督小组，每日巡查";

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void fixture() {
        fixture = DecisionFixtures.fixture();
    }

    @Test
    void aPassedMotionIsRecordedAsADraftLinkedToItsMotionSessionItemAndProposal() {
        fixture.givenNoPriorActivity()
               .when(new RecordDecision(DECISION, JINYUAN, DecisionSource.MOTION, " " + TITLE + " ", RESULT, PROPOSAL,
                                        SESSION, ITEM, MOTION, ZHOU, AT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(recorded());
    }

    @Test
    void aRecommendationIsRecordedAsADraftLinkedToItsSessionItemAndProposal() {
        fixture.givenNoPriorActivity()
               .when(new RecordDecision(FROM_ITEM, JINYUAN, DecisionSource.RECOMMENDATION, "广场舞噪音扰民",
                                        RECOMMENDATION, PROPOSAL, SESSION, ITEM, null, ZHOU, AT))
               .expectEvents(new DecisionRecorded(FROM_ITEM, JINYUAN, DecisionSource.RECOMMENDATION, "广场舞噪音扰民",
                                                  RECOMMENDATION, PROPOSAL, SESSION, ITEM, null, ZHOU, AT));
    }

    @Test
    void recordingADecisionThatExistsAlreadyRecordsNothing() {
        fixture.given(recorded())
               .when(new RecordDecision(DECISION, JINYUAN, DecisionSource.MOTION, "另一个标题", "另一段正文", PROPOSAL,
                                        SESSION, ITEM, MOTION, WU, at(90)))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aDraftMayBeRecordedBeforeItHasAText() {
        fixture.givenNoPriorActivity()
               .when(new RecordDecision(DECISION, JINYUAN, DecisionSource.MOTION, TITLE, "  ", null, null, null,
                                        MOTION, ZHOU, AT))
               .expectEvents(new DecisionRecorded(DECISION, JINYUAN, DecisionSource.MOTION, TITLE, null, null, null,
                                                  null, MOTION, ZHOU, AT));
    }

    @Test
    void aDecisionIdThatIsNotDerivedFromItsSourceIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new RecordDecision(new DecisionId("d-1"), JINYUAN, DecisionSource.MOTION, TITLE, RESULT, null,
                                        null, null, MOTION, ZHOU, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("决议编号须由其来源得出：motion-square-hours / "
                                       + "A decision's id comes from its source: motion-square-hours");
    }

    @Test
    void aDecisionFromAMotionNamesTheMotion() {
        fixture.givenNoPriorActivity()
               .when(new RecordDecision(DECISION, JINYUAN, DecisionSource.MOTION, TITLE, RESULT, null, SESSION, ITEM,
                                        null, ZHOU, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("表决不能为空 / The motion is required");
    }

    @Test
    void aDecisionFromARecommendationNamesItsItem() {
        fixture.givenNoPriorActivity()
               .when(new RecordDecision(FROM_ITEM, JINYUAN, DecisionSource.RECOMMENDATION, TITLE, RECOMMENDATION,
                                        null, SESSION, null, null, ZHOU, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("议程项不能为空 / The item is required");
    }

    @Test
    void aDecisionNeedsATitle() {
        fixture.givenNoPriorActivity()
               .when(new RecordDecision(DECISION, JINYUAN, DecisionSource.MOTION, " ", RESULT, null, null, null,
                                        MOTION, ZHOU, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("决议标题不能为空 / A decision's title is required");
    }

    @Test
    void aDecisionBelongsToACommunity() {
        fixture.givenNoPriorActivity()
               .when(new RecordDecision(DECISION, null, DecisionSource.MOTION, TITLE, RESULT, null, null, null,
                                        MOTION, ZHOU, AT))
               .expectException(Rejection.class)
               .expectExceptionMessage("社区不能为空 / A community is required");
    }
}
