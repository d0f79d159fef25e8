package org.yishi.command.api.decision;

/** Where a decision stands. */
public enum DecisionStatus {
    DRAFT("草拟中", "draft"),
    UNDER_REVIEW("待党委书记审核", "awaiting the party secretary's review"),
    RETURNED("已退回修改", "returned to the committee"),
    APPROVED("已审核通过", "approved"),
    PUBLISHED("已公布", "published");

    private final String chinese;
    private final String english;

    DecisionStatus(String chinese, String english) {
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
