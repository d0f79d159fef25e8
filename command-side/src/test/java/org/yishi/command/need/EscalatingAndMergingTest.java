package org.yishi.command.need;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.need.EscalateNeed;
import org.yishi.command.api.need.MergeNeed;
import org.yishi.command.api.need.NeedClosed;
import org.yishi.command.api.need.NeedEscalated;
import org.yishi.command.api.need.NeedId;
import org.yishi.command.api.need.NeedMerged;
import org.yishi.command.api.proposal.Category;
import org.yishi.command.api.proposal.ProposalId;

import static org.yishi.command.need.NeedFixtures.COMMITTEE;
import static org.yishi.command.need.NeedFixtures.ELSEWHERE;
import static org.yishi.command.need.NeedFixtures.FACILITY;
import static org.yishi.command.need.NeedFixtures.FINISHED;
import static org.yishi.command.need.NeedFixtures.GRID;
import static org.yishi.command.need.NeedFixtures.JINYUAN;
import static org.yishi.command.need.NeedFixtures.LATER;
import static org.yishi.command.need.NeedFixtures.NEED;
import static org.yishi.command.need.NeedFixtures.OTHER;
import static org.yishi.command.need.NeedFixtures.recorded;

class EscalatingAndMergingTest {

    private static final ProposalId PROPOSAL = new ProposalId("need-1-meals");
    private static final String TITLE = "为独居老人设社区助餐点";
    private static final String TEXT = "多位独居老人行动不便，建议在活动中心设助餐点并安排志愿者送餐。";

    private AggregateTestFixture<Need> fixture;

    @BeforeEach
    void fixture() {
        fixture = NeedFixtures.fixture();
    }

    @Test
    void staffEscalateANeedIntoAProposalWrittenForThePublic() {
        fixture.given(recorded())
               .when(new EscalateNeed(NEED, PROPOSAL, " " + TITLE, TEXT, Category.FACILITIES, COMMITTEE, LATER))
               .expectEvents(new NeedEscalated(NEED, JINYUAN, PROPOSAL, TITLE, TEXT, Category.FACILITIES, COMMITTEE,
                                               LATER));
    }

    @Test
    void theProposalWordingFollowsTheProposalRules() {
        fixture.given(recorded())
               .when(new EscalateNeed(NEED, PROPOSAL, "助餐", TEXT, Category.FACILITIES, COMMITTEE, LATER))
               .expectException(Rejection.class)
               .expectExceptionMessage("议题标题须为4至60个字 / A title has 4 to 60 characters")
               .expectNoEvents();
    }

    @Test
    void aNeedIsEscalatedOnce() {
        fixture.given(recorded(), new NeedEscalated(NEED, JINYUAN, PROPOSAL, TITLE, TEXT, Category.FACILITIES,
                                                    COMMITTEE, LATER))
               .when(new EscalateNeed(NEED, new ProposalId("again"), TITLE, TEXT, Category.FACILITIES, COMMITTEE,
                                      LATER))
               .expectExceptionMessage("该需求已转为议题need-1-meals / This need was escalated to proposal need-1-meals")
               .expectNoEvents();
    }

    @Test
    void aGridWorkerDoesNotEscalate() {
        fixture.given(recorded())
               .when(new EscalateNeed(NEED, PROPOSAL, TITLE, TEXT, Category.FACILITIES, GRID, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aClosedNeedIsNotEscalated() {
        fixture.given(recorded(), new NeedClosed(NEED, "重复登记", COMMITTEE, LATER))
               .when(new EscalateNeed(NEED, PROPOSAL, TITLE, TEXT, Category.FACILITIES, COMMITTEE, LATER))
               .expectExceptionMessage("需求已关闭，不能再转为议题 / A need that is closed cannot be escalated")
               .expectNoEvents();
    }

    @Test
    void staffMergeANeedIntoAnOpenOneOfTheSameCategory() {
        fixture.given(recorded())
               .when(new MergeNeed(NEED, OTHER, COMMITTEE, LATER))
               .expectEvents(new NeedMerged(NEED, OTHER, COMMITTEE, LATER));
    }

    @Test
    void needsOfDifferentCategoriesAreNotMerged() {
        fixture.given(recorded())
               .when(new MergeNeed(NEED, FACILITY, COMMITTEE, LATER))
               .expectExceptionMessage("只能合并同一类别的需求 / Only needs of the same category can be merged")
               .expectNoEvents();
    }

    @Test
    void aNeedOfAnotherCommunityIsUnknownHere() {
        fixture.given(recorded())
               .when(new MergeNeed(NEED, ELSEWHERE, COMMITTEE, LATER))
               .expectExceptionMessage("本社区没有这条需求 / There is no such need in this community")
               .expectNoEvents();
        NeedFixtures.fixture().given(recorded())
                    .when(new MergeNeed(NEED, new NeedId("nothing"), COMMITTEE, LATER))
                    .expectExceptionMessage("本社区没有这条需求 / There is no such need in this community")
                    .expectNoEvents();
    }

    @Test
    void aNeedIsNotMergedIntoOneAlreadyDone() {
        fixture.given(recorded())
               .when(new MergeNeed(NEED, FINISHED, COMMITTEE, LATER))
               .expectExceptionMessage("只能合并到尚未办结的需求 / A need can only be merged into one still open")
               .expectNoEvents();
    }

    @Test
    void aNeedIsNotMergedIntoItself() {
        fixture.given(recorded())
               .when(new MergeNeed(NEED, NEED, COMMITTEE, LATER))
               .expectExceptionMessage("需求不能合并到自身 / A need cannot be merged into itself")
               .expectNoEvents();
    }

    @Test
    void aMergedNeedIsNotMergedAgain() {
        fixture.given(recorded(), new NeedMerged(NEED, OTHER, COMMITTEE, LATER))
               .when(new MergeNeed(NEED, OTHER, COMMITTEE, LATER))
               .expectExceptionMessage("需求已合并，不能再合并 / A need that is merged cannot be merged")
               .expectNoEvents();
    }

    @Test
    void aGridWorkerDoesNotMerge() {
        fixture.given(recorded())
               .when(new MergeNeed(NEED, OTHER, GRID, LATER))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
