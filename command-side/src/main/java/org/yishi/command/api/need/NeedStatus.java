package org.yishi.command.api.need;

/**
 * Where a need stands: recorded, matched with who will serve it, in service, done, evaluated by the household; or
 * closed with a reason, or merged into another need of the same kind (the last three are final).
 */
public enum NeedStatus {
    RECORDED("已登记", "recorded"),
    MATCHED("已匹配", "matched"),
    IN_SERVICE("服务中", "in service"),
    DONE("已完成", "done"),
    EVALUATED("已评价", "evaluated"),
    CLOSED("已关闭", "closed"),
    MERGED("已合并", "merged");

    private final String chinese;
    private final String english;

    NeedStatus(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** Still waiting for someone to act on it: it can be closed, escalated or merged. */
    public boolean open() {
        return this == RECORDED || this == MATCHED || this == IN_SERVICE;
    }
}
