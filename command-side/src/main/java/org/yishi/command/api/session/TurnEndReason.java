package org.yishi.command.api.session;

/** Why a speaker's turn ended. */
public enum TurnEndReason {
    BY_MODERATOR("主持人结束", "ended by the moderator"),
    BY_SPEAKER("发言人结束", "ended by the speaker"),
    TIME_UP("发言时间到", "time is up"),
    ITEM_CLOSED("议题结束", "the item was closed");
    private final String chinese;
    private final String english;

    TurnEndReason(String chinese, String english) {
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
