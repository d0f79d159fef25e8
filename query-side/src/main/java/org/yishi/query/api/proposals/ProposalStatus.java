package org.yishi.query.api.proposals;

/** Where a proposal stands, as its screens show it; labels in both languages for the pages. */
public enum ProposalStatus {
    SUBMITTED("待筛选", "awaiting screening"),
    ACCEPTED("已受理", "accepted"),
    DECLINED("不予采纳", "declined"),
    MERGED("已合并", "merged"),
    WITHDRAWN("已撤回", "withdrawn");

    private final String chinese;
    private final String english;

    ProposalStatus(String chinese, String english) {
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
