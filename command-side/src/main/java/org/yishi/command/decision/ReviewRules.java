package org.yishi.command.decision;

import org.yishi.command.api.Rejection;
import org.yishi.command.api.decision.DecisionStatus;

/**
 * Which step of the review a decision may take from where it stands: the committee revises a draft or a returned
 * decision and submits it, the party secretary approves or returns what is under review, and only an approved
 * decision is published. After a return, the committee answers the comments with a revision before it submits
 * again, so that every round the secretary sees has changed.
 */
record ReviewRules(DecisionStatus status, boolean revisedSinceReturn) {

    void checkRevise() {
        if (status != DecisionStatus.DRAFT && status != DecisionStatus.RETURNED) {
            throw refused("修改", "revised");
        }
    }

    /** A reason is required for a revision that answers the secretary's comments. */
    boolean revisionNeedsReason() {
        return status == DecisionStatus.RETURNED;
    }

    void checkSubmit() {
        if (status == DecisionStatus.RETURNED && !revisedSinceReturn) {
            throw new Rejection("决议被退回后，须按审核意见修改后再提交",
                                "A returned decision is revised to answer the comments before it is submitted again");
        }
        if (status != DecisionStatus.DRAFT && status != DecisionStatus.RETURNED) {
            throw refused("提交审核", "submitted for review");
        }
    }

    void checkReview(String chineseDoing, String englishDone) {
        if (status != DecisionStatus.UNDER_REVIEW) {
            throw refused(chineseDoing, englishDone);
        }
    }

    void checkPublish() {
        if (status != DecisionStatus.APPROVED) {
            throw refused("公布", "published");
        }
    }

    /** Follow-up and ratings belong to a published decision only. */
    void checkPublished(String chineseDoing, String englishDone) {
        if (status != DecisionStatus.PUBLISHED) {
            throw refused(chineseDoing, englishDone);
        }
    }

    private Rejection refused(String chineseDoing, String englishDone) {
        return new Rejection("该决议当前为“" + status.chinese() + "”，不能" + chineseDoing,
                             "The decision is currently “" + status.english() + "” and cannot be " + englishDone);
    }
}
