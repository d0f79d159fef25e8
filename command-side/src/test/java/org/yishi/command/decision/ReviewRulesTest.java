package org.yishi.command.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yishi.command.api.Rejection;
import org.yishi.command.api.decision.DecisionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yishi.command.api.decision.DecisionStatus.APPROVED;
import static org.yishi.command.api.decision.DecisionStatus.DRAFT;
import static org.yishi.command.api.decision.DecisionStatus.PUBLISHED;
import static org.yishi.command.api.decision.DecisionStatus.RETURNED;
import static org.yishi.command.api.decision.DecisionStatus.UNDER_REVIEW;

class ReviewRulesTest {

    @ParameterizedTest
    @EnumSource(value = DecisionStatus.class, names = {"DRAFT", "RETURNED"})
    void onlyADraftOrAReturnedDecisionIsRevised(DecisionStatus status) {
        assertThatCode(() -> new ReviewRules(status, false).checkRevise()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = DecisionStatus.class, names = {"UNDER_REVIEW", "APPROVED", "PUBLISHED"})
    void aDecisionUnderReviewOrPastItIsNotRevised(DecisionStatus status) {
        assertThatThrownBy(() -> new ReviewRules(status, false).checkRevise())
                .isInstanceOf(Rejection.class)
                .hasMessageEndingWith("and cannot be revised");
    }

    @Test
    void onlyARevisionAnsweringAReturnNeedsAReason() {
        assertThat(new ReviewRules(RETURNED, false).revisionNeedsReason()).isTrue();
        assertThat(new ReviewRules(DRAFT, false).revisionNeedsReason()).isFalse();
    }

    @Test
    void aDraftIsSubmittedAsItIs() {
        assertThatCode(() -> new ReviewRules(DRAFT, false).checkSubmit()).doesNotThrowAnyException();
    }

    @Test
    void aReturnedDecisionIsSubmittedOnlyOnceRevised() {
        assertThatThrownBy(() -> new ReviewRules(RETURNED, false).checkSubmit())
                .isInstanceOf(Rejection.class)
                .hasMessageStartingWith("决议被退回后，须按审核意见修改后再提交");
        assertThatCode(() -> new ReviewRules(RETURNED, true).checkSubmit()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = DecisionStatus.class, names = {"UNDER_REVIEW", "APPROVED", "PUBLISHED"})
    void aDecisionUnderReviewOrPastItIsNotSubmitted(DecisionStatus status) {
        assertThatThrownBy(() -> new ReviewRules(status, true).checkSubmit())
                .isInstanceOf(Rejection.class)
                .hasMessageEndingWith("and cannot be submitted for review");
    }

    @ParameterizedTest
    @EnumSource(DecisionStatus.class)
    void onlyADecisionUnderReviewIsReviewed(DecisionStatus status) {
        ReviewRules rules = new ReviewRules(status, false);
        if (status == UNDER_REVIEW) {
            assertThatCode(() -> rules.checkReview("审核通过", "approved")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rules.checkReview("审核通过", "approved"))
                    .isInstanceOf(Rejection.class)
                    .hasMessage("该决议当前为“" + status.chinese() + "”，不能审核通过 / The decision is currently “"
                                + status.english() + "” and cannot be approved");
        }
    }

    @ParameterizedTest
    @EnumSource(DecisionStatus.class)
    void onlyAnApprovedDecisionIsPublished(DecisionStatus status) {
        ReviewRules rules = new ReviewRules(status, false);
        if (status == APPROVED) {
            assertThatCode(rules::checkPublish).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(rules::checkPublish).isInstanceOf(Rejection.class)
                                                   .hasMessageEndingWith("and cannot be published");
        }
    }

    @ParameterizedTest
    @EnumSource(DecisionStatus.class)
    void onlyAPublishedDecisionIsFollowedUpOrRated(DecisionStatus status) {
        ReviewRules rules = new ReviewRules(status, false);
        if (status == PUBLISHED) {
            assertThatCode(() -> rules.checkPublished("评价", "rated")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rules.checkPublished("评价", "rated")).isInstanceOf(Rejection.class)
                                                                         .hasMessageEndingWith("and cannot be rated");
        }
    }
}
