package org.yishi.command.api.convention;

/** What a convention's vote decides. */
public enum VotePurpose {
    ADOPTION("通过公约", "adopting the draft"),
    REPEAL("废止公约", "repealing the version in force");

    private final String chinese;
    private final String english;

    VotePurpose(String chinese, String english) {
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
