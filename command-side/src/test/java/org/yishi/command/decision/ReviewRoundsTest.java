package org.yishi.command.decision;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.Unauthorized;
import org.yishi.command.api.decision.ApproveDecision;
import org.yishi.command.api.decision.DecisionApproved;
import org.yishi.command.api.decision.DecisionReturned;
import org.yishi.command.api.decision.DecisionRevised;
import org.yishi.command.api.decision.DecisionSubmittedForReview;
import org.yishi.command.api.decision.ReturnDecision;
import org.yishi.command.api.decision.ReviseDecision;
import org.yishi.command.api.decision.SubmitDecisionForReview;

import static org.yishi.command.decision.DecisionFixtures.CHEN;
import static org.yishi.command.decision.DecisionFixtures.COMMENTS;
import static org.yishi.command.decision.DecisionFixtures.DECISION;
import static org.yishi.command.decision.DecisionFixtures.LI;
import static org.yishi.command.decision.DecisionFixtures.QIAN;
import static org.yishi.command.decision.DecisionFixtures.REASON;
import static org.yishi.command.decision.DecisionFixtures.RESULT;
import static org.yishi.command.decision.DecisionFixtures.REVISED_TEXT;
import static org.yishi.command.decision.DecisionFixtures.SUN;
import static org.yishi.command.decision.DecisionFixtures.TEXT;
import static org.yishi.command.decision.DecisionFixtures.TITLE;
import static org.yishi.command.decision.DecisionFixtures.WU;
import static org.yishi.command.decision.DecisionFixtures.ZHOU;
import static org.yishi.command.decision.DecisionFixtures.approved;
import static org.yishi.command.decision.DecisionFixtures.at;
import static org.yishi.command.decision.DecisionFixtures.drafted;
import static org.yishi.command.decision.DecisionFixtures.plus;
import static org.yishi.command.decision.DecisionFixtures.published;
import static org.yishi.command.decision.DecisionFixtures.recorded;
import static org.yishi.command.decision.DecisionFixtures.returned;
import static org.yishi.command.decision.DecisionFixtures.returnedOnce;
import static org.yishi.command.decision.DecisionFixtures.revised;
import static org.yishi.command.decision.DecisionFixtures.submitted;
import static org.yishi.command.decision.DecisionFixtures.underReview;

/**
 * The committee words the decision and submits it; the party secretary approves it or returns it with comments; the
 * committee answers with a revision and submits again. Every round stays in the events.
 */
class ReviewRoundsTest {

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void fixture() {
        fixture = DecisionFixtures.fixture();
    }

    @Test
    void aCommitteeMemberWordsTheDraftBeforeTheFirstReview() {
        fixture.given(recorded())
               .when(new ReviseDecision(DECISION, TITLE, " " + TEXT + " ", " ", ZHOU, at(10)))
               .expectEvents(drafted());
    }

    @Test
    void aCommitteeMemberSubmitsTheDraftAndTheFirstRoundQuotesItsWording() {
        fixture.given(recorded(), drafted())
               .when(new SubmitDecisionForReview(DECISION, " 请书记审核 ", ZHOU, at(20)))
               .expectEvents(new DecisionSubmittedForReview(DECISION, 1, TITLE, TEXT, "请书记审核", ZHOU, at(20)));
    }

    @Test
    void theResultAsRecordedCanBeSubmittedUnchanged() {
        fixture.given(recorded())
               .when(new SubmitDecisionForReview(DECISION, null, ZHOU, at(20)))
               .expectEvents(new DecisionSubmittedForReview(DECISION, 1, TITLE, RESULT, null, ZHOU, at(20)));
    }

    @Test
    void submittingNeedsATextThatIsNotBlank() {
        fixture.given(recorded(TITLE, null))
               .when(new SubmitDecisionForReview(DECISION, null, ZHOU, at(20)))
               .expectException(Rejection.class)
               .expectExceptionMessage("决议正文不能为空 / A decision's text is required");
    }

    @Test
    void submittingNeedsATitleOfAtMostOneHundredCharacters() {
        fixture.given(recorded("问".repeat(101), TEXT))
               .when(new SubmitDecisionForReview(DECISION, null, ZHOU, at(20)))
               .expectException(Rejection.class)
               .expectExceptionMessage("决议标题不能超过100个字 / A decision's title has at most 100 characters");
    }

    @Test
    void aDecisionsTextHasAtMostFiveThousandCharacters() {
        fixture.given(recorded())
               .when(new ReviseDecision(DECISION, TITLE, "文".repeat(5001), null, ZHOU, at(10)))
               .expectException(Rejection.class)
               .expectExceptionMessage("决议正文不能超过5000个字 / A decision's text has at most 5000 characters");
    }

    @Test
    void aRevisionChangesTheTitleOrTheText() {
        fixture.given(recorded(), drafted())
               .when(new ReviseDecision(DECISION, TITLE, TEXT, null, ZHOU, at(15)))
               .expectException(Rejection.class)
               .expectExceptionMessage("修改后的标题和正文与原来相同 / The revision changes neither the title nor the text");
    }

    @Test
    void thePartySecretaryApprovesTheRoundUnderReview() {
        fixture.given(underReview())
               .when(new ApproveDecision(DECISION, " 同意 ", WU, at(30)))
               .expectEvents(new DecisionApproved(DECISION, 1, "同意", WU, at(30)));
    }

    @Test
    void thePartySecretaryReturnsTheRoundUnderReviewWithComments() {
        fixture.given(underReview())
               .when(new ReturnDecision(DECISION, COMMENTS, WU, at(25)))
               .expectEvents(returned(1));
    }

    @Test
    void returningNeedsWrittenComments() {
        fixture.given(underReview())
               .when(new ReturnDecision(DECISION, "  ", WU, at(25)))
               .expectException(Rejection.class)
               .expectExceptionMessage("退回须写明审核意见 / Returning needs written comments");
    }

    @Test
    void returnCommentsHaveAtMostTwoThousandCharacters() {
        fixture.given(underReview())
               .when(new ReturnDecision(DECISION, "意".repeat(2001), WU, at(25)))
               .expectException(Rejection.class)
               .expectExceptionMessage("审核意见不能超过2000个字 / The review comment has at most 2000 characters");
    }

    @Test
    void aRevisionAfterAReturnAnswersThatRoundWithAReason() {
        fixture.given(returnedOnce())
               .when(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, ZHOU, at(30)))
               .expectEvents(revised(1));
    }

    @Test
    void aRevisionAfterAReturnNeedsAReason() {
        fixture.given(returnedOnce())
               .when(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, null, ZHOU, at(30)))
               .expectException(Rejection.class)
               .expectExceptionMessage("针对审核意见的修改说明不能为空 / A reason answering the review is required");
    }

    @Test
    void aReturnedDecisionIsRevisedBeforeItIsSubmittedAgain() {
        fixture.given(returnedOnce())
               .when(new SubmitDecisionForReview(DECISION, null, ZHOU, at(35)))
               .expectException(Rejection.class)
               .expectExceptionMessage("决议被退回后，须按审核意见修改后再提交 / "
                                       + "A returned decision is revised to answer the comments before it is submitted again");
    }

    @Test
    void theRevisedDecisionGoesToASecondRoundOnItsNewWording() {
        fixture.given(plus(returnedOnce(), revised(1)))
               .when(new SubmitDecisionForReview(DECISION, "已按意见修改", ZHOU, at(40)))
               .expectEvents(new DecisionSubmittedForReview(DECISION, 2, TITLE, REVISED_TEXT, "已按意见修改", ZHOU,
                                                            at(40)));
    }

    @Test
    void everyRoundIsKeptAndTheApprovalNamesTheLastOne() {
        fixture.given(plus(returnedOnce(), revised(1), submitted(2, REVISED_TEXT), returned(2), revised(2),
                           submitted(3, REVISED_TEXT)))
               .when(new ApproveDecision(DECISION, null, WU, at(90)))
               .expectEvents(new DecisionApproved(DECISION, 3, null, WU, at(90)));
    }

    @Test
    void aSecondReturnIsAnsweredByItsOwnRound() {
        fixture.given(plus(returnedOnce(), revised(1), submitted(2, REVISED_TEXT), returned(2)))
               .when(new ReviseDecision(DECISION, TITLE, TEXT, REASON, ZHOU, at(55)))
               .expectEvents(new DecisionRevised(DECISION, 2, TITLE, TEXT, REASON, ZHOU, at(55)));
    }

    @Test
    void aDraftCannotBeApproved() {
        fixture.given(recorded(), drafted())
               .when(new ApproveDecision(DECISION, null, WU, at(20)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“草拟中”，不能审核通过 / "
                                       + "The decision is currently “draft” and cannot be approved");
    }

    @Test
    void aReturnedDecisionCannotBeApprovedBeforeItIsSubmittedAgain() {
        fixture.given(plus(returnedOnce(), revised(1)))
               .when(new ApproveDecision(DECISION, null, WU, at(40)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“已退回修改”，不能审核通过 / "
                                       + "The decision is currently “returned to the committee” and cannot be approved");
    }

    @Test
    void aDecisionUnderReviewCannotBeRevised() {
        fixture.given(underReview())
               .when(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, ZHOU, at(22)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“待党委书记审核”，不能修改 / "
                                       + "The decision is currently “awaiting the party secretary's review” and cannot "
                                       + "be revised");
    }

    @Test
    void aDecisionUnderReviewIsNotSubmittedTwice() {
        fixture.given(underReview())
               .when(new SubmitDecisionForReview(DECISION, null, ZHOU, at(22)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“待党委书记审核”，不能提交审核 / "
                                       + "The decision is currently “awaiting the party secretary's review” and cannot "
                                       + "be submitted for review");
    }

    @Test
    void anApprovedDecisionCannotBeRevised() {
        fixture.given(approved())
               .when(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, ZHOU, at(35)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“已审核通过”，不能修改 / "
                                       + "The decision is currently “approved” and cannot be revised");
    }

    @Test
    void anApprovedDecisionCannotBeReturned() {
        fixture.given(approved())
               .when(new ReturnDecision(DECISION, COMMENTS, WU, at(35)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“已审核通过”，不能退回 / "
                                       + "The decision is currently “approved” and cannot be returned");
    }

    @Test
    void aPublishedDecisionCannotBeRevised() {
        fixture.given(published())
               .when(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, ZHOU, at(45)))
               .expectException(Rejection.class)
               .expectExceptionMessage("该决议当前为“已公布”，不能修改 / "
                                       + "The decision is currently “published” and cannot be revised");
    }

    @Test
    void thePartySecretaryCannotReviseADecision() {
        fixture.given(returnedOnce())
               .when(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, WU, at(30)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aPartySecretaryWhoAlsoSitsOnTheCommitteeStillDoesNotRevise() {
        fixture.given(returnedOnce())
               .when(new ReviseDecision(DECISION, TITLE, REVISED_TEXT, REASON, CHEN, at(30)))
               .expectException(Unauthorized.class)
               .expectExceptionMessage("党委书记审核决议，不修改决议；修改由议事委员会进行 / "
                                       + "The party secretary reviews a decision and does not revise it; the committee does");
    }

    @Test
    void thePartySecretaryCannotSubmitADecision() {
        fixture.given(recorded(), drafted())
               .when(new SubmitDecisionForReview(DECISION, null, WU, at(20)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberCannotApproveADecision() {
        fixture.given(underReview())
               .when(new ApproveDecision(DECISION, null, ZHOU, at(30)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberCannotReturnADecision() {
        fixture.given(underReview())
               .when(new ReturnDecision(DECISION, COMMENTS, ZHOU, at(30)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aResidentCannotReviseADecision() {
        fixture.given(recorded())
               .when(new ReviseDecision(DECISION, TITLE, TEXT, null, LI, at(10)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void aCommitteeMemberOfAnotherCommunityCannotReviseTheDecision() {
        fixture.given(recorded())
               .when(new ReviseDecision(DECISION, TITLE, TEXT, null, QIAN, at(10)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void thePartySecretaryOfAnotherCommunityCannotApproveTheDecision() {
        fixture.given(underReview())
               .when(new ApproveDecision(DECISION, null, SUN, at(30)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }

    @Test
    void anOutsiderLearnsNothingOfTheDecisionsState() {
        fixture.given(approved())
               .when(new ReturnDecision(DECISION, COMMENTS, SUN, at(35)))
               .expectException(Unauthorized.class)
               .expectNoEvents();
    }
}
