package org.yishi.query.api.notifications;

/** What a notification tells its reader. */
public enum NotificationKind {
    PROPOSAL_ACCEPTED("议题已受理", "proposal accepted"),
    PROPOSAL_DECLINED("议题未被采纳", "proposal declined"),
    PROPOSAL_MERGED("议题已合并", "proposal merged"),
    DECISION_PUBLISHED("决议已公布", "decision published"),
    DECISION_AWAITS_REVIEW("决议待审核", "decision awaits review"),
    DECISION_RETURNED("决议被退回", "decision returned");

    private final String chinese;
    private final String english;

    NotificationKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
