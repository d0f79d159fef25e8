package org.yishi.query.api.decisions;

/** How the party secretary answered one review round. */
public enum ReviewVerdict {
    APPROVED("审核通过", "approved"),
    RETURNED("退回修改", "returned to the committee");

    private final String chinese;
    private final String english;

    ReviewVerdict(String chinese, String english) {
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
