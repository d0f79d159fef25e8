package org.yishi.command.proposal;

import org.yishi.command.api.Rejection;

/** Where a proposal stands. Only a submitted proposal is open: screening or withdrawal settles it for good. */
enum ProposalStatus {
    SUBMITTED("待筛选", "awaiting screening"),
    ACCEPTED("已受理", "accepted"),
    DECLINED("未被采纳", "declined"),
    MERGED("已合并", "merged"),
    WITHDRAWN("已撤回", "withdrawn");

    private final String chinese;
    private final String english;

    ProposalStatus(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    boolean isOpen() {
        return this == SUBMITTED;
    }

    /** Rejects what the caller wants to do ({@code 修改} / {@code edited}) unless the proposal is still open. */
    void requireOpen(String chineseDoing, String englishDone) {
        if (!isOpen()) {
            throw new Rejection("该议题" + chinese + "，不能再" + chineseDoing,
                                "The proposal was " + english + " and can no longer be " + englishDone);
        }
    }
}
