package org.yishi.command.api.motion;

/** What a single-choice motion does when the leading options tie. */
public enum TieRule {
    NO_CHOICE("平票不产生结果", "a tie chooses nothing"),
    LOT("平票抽签决定", "a tie is settled by lot");

    private final String chinese;
    private final String english;

    TieRule(String chinese, String english) {
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
