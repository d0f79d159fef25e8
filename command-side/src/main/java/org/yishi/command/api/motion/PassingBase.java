package org.yishi.command.api.motion;

/** What a yes / no / abstain motion's share is counted against. */
public enum PassingBase {
    PRESENT("出席人数", "those present"),
    CAST("有效票数（赞成加反对）", "votes cast (yes and no)");

    private final String chinese;
    private final String english;

    PassingBase(String chinese, String english) {
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
