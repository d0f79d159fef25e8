package org.yishi.query.api.proposals;

/** What happened to a proposal, one step of its history. */
public enum Step {
    SUBMITTED("提交议题", "submitted"),
    EDITED("修改议题", "edited"),
    CO_SIGNED("联名", "co-signed"),
    WITHDRAWN("撤回", "withdrawn"),
    ACCEPTED("受理", "accepted"),
    DECLINED("不予采纳", "declined"),
    MERGED("合并到其他议题", "merged into another proposal"),
    CO_SIGNERS_CARRIED_OVER("并入重复议题的联名", "co-signers carried over from a duplicate");

    private final String chinese;
    private final String english;

    Step(String chinese, String english) {
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
