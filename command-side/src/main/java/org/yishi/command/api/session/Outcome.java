package org.yishi.command.api.session;

/** How an agenda item ended. */
public enum Outcome {
    RECOMMENDATION("形成建议", "recommendation"),
    REFERRED_TO_VOTE("提交表决", "referred to a vote"),
    DEFERRED("暂缓", "deferred"),
    REFERRED_TO_COMMITTEE("交议事委员会", "referred to the committee");
    private final String chinese;
    private final String english;

    Outcome(String chinese, String english) {
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
